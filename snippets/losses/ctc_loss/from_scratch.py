import torch
import torch.nn.functional as F

NEG_INF = float("-inf")


def _logsumexp(x, dim=0):
    # log(sum(exp(x))) that keeps -inf where every term is -inf, with a nan-free backward pass
    m = x.amax(dim=dim).detach()
    dead = m == NEG_INF
    m = torch.where(dead, torch.zeros_like(m), m)
    s = (x - m.unsqueeze(dim)).exp().sum(dim=dim)
    s = torch.where(dead, torch.ones_like(s), s)
    return torch.where(dead, torch.full_like(s, NEG_INF), s.log() + m)


def _sequence_nll(lp, labels, blank):
    # lp: (T_n, C) log-probabilities of one sequence; labels: its L target labels (a list)
    ext = [blank]
    for label in labels:
        ext += [label, blank]  # blank-extended target l' of length 2L + 1
    S = len(ext)
    ext_t = torch.tensor(ext, device=lp.device)
    # the skip alpha[s-2] -> alpha[s] is allowed into a label that differs from the label two steps back
    skip = torch.tensor([s >= 2 and ext[s] != blank and ext[s] != ext[s - 2] for s in range(S)], device=lp.device)
    neg = torch.full((S,), NEG_INF, dtype=lp.dtype, device=lp.device)
    # t = 0: start in the first blank or in the first label
    alpha = torch.where(torch.arange(S, device=lp.device) < 2, lp[0, ext_t], neg)
    for t in range(1, lp.shape[0]):
        stay = alpha
        step = torch.cat([neg[:1], alpha[:-1]])
        jump = torch.where(skip, torch.cat([neg[:2], alpha[:-2]]), neg)
        alpha = _logsumexp(torch.stack([stay, step, jump])) + lp[t, ext_t]
    # end in the last label or in the final blank
    return -_logsumexp(alpha[-2:] if S > 1 else alpha)


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean",
             zero_infinity=False):
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    unbatched = log_probs.dim() == 2
    if unbatched:  # (T, C), (S,), () -> a batch of one
        log_probs, targets = log_probs.unsqueeze(1), targets.unsqueeze(0)
    in_lens = torch.as_tensor(input_lengths).reshape(-1).tolist()
    tg_lens = torch.as_tensor(target_lengths).reshape(-1).tolist()
    T, N, C = log_probs.shape
    if not 0 <= blank < C:
        raise RuntimeError("blank must be in label range")
    if len(in_lens) != N or max(in_lens) > T:
        raise RuntimeError("input_lengths must be N values of at most T")
    offset, losses = 0, []
    for n in range(N):
        if targets.dim() == 1:  # concatenated: sequence n is the next tg_lens[n] labels
            labels = targets[offset:offset + tg_lens[n]].tolist()
            offset += tg_lens[n]
        else:  # padded (N, S): the first tg_lens[n] labels of row n
            labels = targets[n, :tg_lens[n]].tolist()
        lp = log_probs[:in_lens[n], n]
        nll = _sequence_nll(lp, labels, blank)
        # torch's backward returns d nll / d log_probs + exp(log_probs) (the gradient w.r.t. the logits
        # when log_probs = log_softmax(logits)). This term has value 0 and adds exactly that gradient.
        nll = nll + (lp.exp().sum() - lp.exp().sum().detach())
        if zero_infinity:
            nll = torch.where(torch.isinf(nll), torch.zeros_like(nll), nll)
        losses.append(nll)
    loss = torch.stack(losses)
    if reduction == "mean":
        lengths = torch.tensor(tg_lens, dtype=loss.dtype, device=loss.device).clamp(min=1)
        return (loss / lengths).mean()
    if reduction == "sum":
        return loss.sum()
    return loss.squeeze(0) if unbatched else loss


def agrees(logits, targets, input_lengths, target_lengths, **kwargs):
    """Same value, same gradient w.r.t. log_probs and w.r.t. the logits as torch.nn.functional.ctc_loss."""
    results = []
    for fn in (ctc_loss, F.ctc_loss):
        z = logits.clone().requires_grad_()
        log_probs = z.log_softmax(dim=-1)
        log_probs.retain_grad()
        loss = fn(log_probs, targets, input_lengths, target_lengths, **kwargs)
        loss.sum().backward()
        results.append((loss, log_probs.grad, z.grad))
    (ours, ours_lp, ours_z), (ref, ref_lp, ref_z) = results
    same_value = torch.allclose(ours, ref, equal_nan=True)
    if not torch.isfinite(ref).all():  # an infinite loss has no gradient (torch returns nan)
        return same_value
    return same_value and torch.allclose(ours_lp, ref_lp, atol=1e-6) and torch.allclose(ours_z, ref_z, atol=1e-6)


# T=4 frames, N=3 sequences, C=4 classes; targets "ab", "bb", "c" (padded) and the same concatenated.
# With blank=3, `padded % 3` relabels "c" as class 0.
logits = torch.tensor([[[2.0, 1.0, 0.0, 0.5], [0.1, 0.2, 0.3, 0.4], [1.0, -1.0, 0.0, 2.0]],
                       [[0.5, 1.5, 1.0, 0.0], [1.0, 0.0, 2.0, 0.5], [0.0, 0.0, 1.0, 1.0]],
                       [[0.0, 0.5, 2.0, 1.0], [2.0, 1.0, 0.5, 0.0], [0.3, 0.3, 0.3, 0.3]],
                       [[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 2.0, 3.0], [1.5, 0.5, 0.0, 1.0]]])
padded = torch.tensor([[1, 2], [2, 2], [3, 0]])
concatenated = torch.tensor([1, 2, 2, 2, 3])
input_lengths, target_lengths = torch.tensor([4, 3, 2]), torch.tensor([2, 2, 1])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, padded, input_lengths, target_lengths, reduction=reduction),
          agrees(logits, concatenated, input_lengths, target_lengths, reduction=reduction),
          agrees(logits, padded, (4, 4, 4), (2, 0, 1), reduction=reduction),         # an empty target
          agrees(logits, padded % 3, input_lengths, target_lengths, blank=3, reduction=reduction),
          agrees(logits, padded, (4, 2, 2), (2, 2, 1), reduction=reduction),   # "bb" in 2 frames: inf
          agrees(logits, padded, (4, 2, 2), (2, 2, 1), reduction=reduction, zero_infinity=True),
          agrees(logits[:, 0], padded[0], torch.tensor(4), torch.tensor(2), reduction=reduction))  # unbatched
    #> none True True True True True True True
    #> sum True True True True True True True
    #> mean True True True True True True True

print(agrees(logits.double(), concatenated, input_lengths, target_lengths))  # float64
#> True
