import torch
import torch.nn.functional as F

NEG_INF = float("-inf")


def _logsumexp(x, dim=0):
    # log(sum(exp(x))), -inf where every term is -inf, without the nan that torch.logsumexp's
    # backward pass gives there
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
    if reduction not in ("mean", "sum", "none"):  # no legacy arguments
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


# The example of the page: T=3 frames, classes blank=0, "a"=1, "b"=2, target "ab".
logits = torch.tensor([[2.0, 1.0, 0.0],
                       [0.5, 1.5, 1.0],
                       [0.0, 0.5, 2.0]], requires_grad=True)
log_probs = logits.log_softmax(dim=1)  # unbatched (T, C)
args = (log_probs, torch.tensor([1, 2]), torch.tensor(3), torch.tensor(2))
mine, theirs = ctc_loss(*args, reduction="sum"), F.ctc_loss(*args, reduction="sum")
print(mine.detach(), theirs.detach())
#> tensor(0.8309) tensor(0.8309)

# The gradient w.r.t. the logits: softmax minus the alignment posterior, frame by frame.
print(torch.autograd.grad(mine, logits, retain_graph=True)[0],
      torch.autograd.grad(theirs, logits)[0], sep="\n")
#> tensor([[ 0.0959, -0.1860,  0.0900],
#>         [ 0.1093, -0.2723,  0.1630],
#>         [ 0.0824,  0.1643, -0.2467]])
#> tensor([[ 0.0959, -0.1860,  0.0900],
#>         [ 0.1093, -0.2723,  0.1630],
#>         [ 0.0824,  0.1643, -0.2467]])
