import inspect

import torch
import torch.nn.functional as F
from torch.nn import LinearCrossEntropyOptions

DEFAULT_CHUNK_ROWS = 2  # rows per chunk when options sets none; tiny so that the examples really loop
logit_blocks = set()    # shapes of every logits block ever built, to show none is (N, C)


def _log_softmax(z):
    shifted = z - z.amax(dim=1, keepdim=True)
    return shifted - shifted.exp().sum(dim=1, keepdim=True).log()


def _chunk_terms(x, w2d, b, target, weight, ignore_index, label_smoothing, class_shape):
    """For rows x of one chunk: log-softmax of their logits, the coefficients q with
    loss = -sum_c q[:, c] * log_softmax[:, c], which targets count (None: all), the chunk's losses
    (the target term and the smoothing term, None if there is none) and its share of the 'mean' denominator."""
    z = x @ w2d.T if b is None else x @ w2d.T + b
    z = z.reshape(x.shape[0], *class_shape)  # (rows, C, d1, ..., dk): this chunk only
    logit_blocks.add(tuple(z.shape))
    logp = _log_softmax(z)
    n_classes = class_shape[0]
    w = torch.ones(n_classes, dtype=z.dtype) if weight is None else weight
    w_b = w.reshape([1, n_classes] + [1] * (z.dim() - 2))
    if target.dtype.is_floating_point:  # class probabilities
        q = (target * (1 - label_smoothing) + label_smoothing / n_classes) * w_b
        return logp, q, None, ((q * -logp).sum(dim=1), None), target.numel() / n_classes
    keep = target != ignore_index
    safe = target.masked_fill(~keep, 0)
    classes = torch.arange(n_classes).reshape([1, n_classes] + [1] * (z.dim() - 2))
    one_hot = (classes == safe.unsqueeze(1)).to(z.dtype)
    q = ((1 - label_smoothing) * one_hot + label_smoothing / n_classes) * w_b * keep.unsqueeze(1)
    # the two terms as torch computes them, not as q * -log_softmax: a -inf logit of another class
    # (0 * inf) or a nan in an ignored row must not leak in through a zero coefficient
    w_t = w[safe].masked_fill(~keep, 0)
    nll = -w_t * logp.gather(1, safe.unsqueeze(1)).squeeze(1).masked_fill(~keep, 0)
    smooth = -(logp * w_b).sum(dim=1).masked_fill(~keep, 0) if label_smoothing > 0 else None
    return logp, q, keep, (nll, smooth), w_t.sum()


class _ChunkedLinearCrossEntropy(torch.autograd.Function):
    """Forward and backward both loop over row chunks; the saved tensors are the inputs only."""

    @staticmethod
    def forward(ctx, x, w2d, b, target, weight, reduction, ignore_index, label_smoothing, class_shape, chunk):
        args = (weight, ignore_index, label_smoothing, class_shape)
        nll, smooth, denominator = [], [], 0.0
        for start in range(0, x.shape[0], chunk):
            rows = slice(start, start + chunk)
            *_, (chunk_nll, chunk_smooth), share = _chunk_terms(x[rows], w2d, b, target[rows], *args)
            nll.append(chunk_nll)
            smooth.append(chunk_smooth)
            denominator = denominator + share
        ctx.save_for_backward(x, w2d, b, target, weight)
        ctx.setup = (reduction, args, chunk, denominator)

        def reduce(parts):
            loss = torch.cat(parts) if parts else x.new_zeros((0, *class_shape[1:]))  # an empty batch
            if reduction == "mean":
                return loss.sum() / denominator
            return loss.sum() if reduction == "sum" else loss

        if smooth and smooth[0] is not None:  # each term reduced on its own, then mixed, as torch does
            return (1 - label_smoothing) * reduce(nll) + label_smoothing / class_shape[0] * reduce(smooth)
        return reduce(nll)

    @staticmethod
    def backward(ctx, grad_output):
        x, w2d, b, target, weight = ctx.saved_tensors
        reduction, (_, ignore_index, label_smoothing, class_shape), chunk, denominator = ctx.setup
        args = (weight, ignore_index, label_smoothing, class_shape)
        if reduction == "mean":  # inf or nan when the counted targets weigh 0 in total, as in torch
            grad_output = grad_output / denominator
        grad_x, grad_w = torch.zeros_like(x), torch.zeros_like(w2d)
        grad_b = None if b is None else torch.zeros_like(b)
        probabilities = target.dtype.is_floating_point  # then target and class weight have gradients too
        grad_target = torch.zeros_like(target) if probabilities else None
        grad_weight = torch.zeros_like(weight) if probabilities and weight is not None else None
        for start in range(0, x.shape[0], chunk):
            rows = slice(start, start + chunk)
            logp, q, keep, _, _ = _chunk_terms(x[rows], w2d, b, target[rows], *args)  # recomputed, not stored
            g = grad_output[rows].unsqueeze(1) if reduction == "none" else grad_output
            # d loss / d log_softmax = -q g; through log_softmax, d loss / d logits = that - softmax * its sum
            grad_logp = -q * g
            if keep is not None:  # ignored targets: no gradient, even from 0 * inf or 0 * nan
                grad_logp = torch.where(keep.unsqueeze(1), grad_logp, 0)
            grad_z = grad_logp - logp.exp() * grad_logp.sum(dim=1, keepdim=True)
            grad_z = grad_z.reshape(logp.shape[0], -1)
            grad_x[rows] = grad_z @ w2d
            grad_w += grad_z.T @ x[rows]
            if b is not None:
                grad_b += grad_z.sum(dim=0)
            if probabilities:  # q = (y (1 - ls) + ls / C) * weight, and d loss / d q = -log_softmax g
                grad_q = -logp * g
                w = torch.ones(class_shape[0], dtype=x.dtype) if weight is None else weight
                grad_target[rows] = grad_q * (1 - label_smoothing) * w.reshape(-1, *[1] * (logp.dim() - 2))
                if grad_weight is not None:
                    smoothed = target[rows] * (1 - label_smoothing) + label_smoothing / class_shape[0]
                    grad_weight += (grad_q * smoothed).transpose(0, 1).reshape(class_shape[0], -1).sum(dim=1)
        return grad_x, grad_w, grad_b, grad_target, grad_weight, None, None, None, None, None


def linear_cross_entropy(input, linear_weight, target, *, linear_bias=None, weight=None, reduction="mean",
                         ignore_index=None, label_smoothing=0.0, options=None):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    class_shape = tuple(linear_weight.shape[:-1])  # (C, d1, ..., dk)
    if tuple(target.shape) == (*input.shape[:-1], *class_shape) and ignore_index is not None:
        raise RuntimeError("ignore_index cannot be specified when target contains probabilities")
    unbatched = input.dim() == 1
    x = input.unsqueeze(0) if unbatched else input
    y = target.unsqueeze(0) if unbatched else target
    chunk = options.batch_chunk_size if options is not None and options.batch_chunk_size else DEFAULT_CHUNK_ROWS
    w2d = linear_weight.reshape(-1, linear_weight.shape[-1])
    b = None if linear_bias is None else linear_bias.reshape(-1)
    loss = _ChunkedLinearCrossEntropy.apply(x, w2d, b, y, weight, reduction,
                                            -100 if ignore_index is None else ignore_index,
                                            label_smoothing, class_shape, chunk)
    return loss.squeeze(0) if unbatched and reduction == "none" else loss


def agrees(input, linear_weight, target, linear_bias=None, **kwargs):
    """Same value and same gradients (input, weight, bias) as cross_entropy(linear(...))."""
    leaves = [t for t in (input, linear_weight, linear_bias) if t is not None]
    ours_leaves = [t.clone().requires_grad_() for t in leaves]
    ref_leaves = [t.clone().requires_grad_() for t in leaves]
    ours_b = ours_leaves[2] if linear_bias is not None else None
    ref_b = ref_leaves[2] if linear_bias is not None else None
    ours = linear_cross_entropy(ours_leaves[0], ours_leaves[1], target, linear_bias=ours_b, **kwargs)
    logits_shape = (*input.shape[:-1], *linear_weight.shape[:-1])
    w2d = ref_leaves[1].reshape(-1, linear_weight.shape[-1])
    logits = F.linear(ref_leaves[0], w2d, None if ref_b is None else ref_b.reshape(-1)).reshape(logits_shape)
    ignore = kwargs.pop("ignore_index", None)
    kwargs.pop("options", None)
    ref = F.cross_entropy(logits, target, ignore_index=-100 if ignore is None else ignore, **kwargs)
    upstream = torch.linspace(0.5, 1.5, ref.numel()).reshape(ref.shape)  # uneven, to test 'none' per row
    (ours * upstream).sum().backward()
    (ref * upstream).sum().backward()
    return (torch.allclose(ours, ref, equal_nan=True)
            and all(torch.allclose(a.grad, b.grad, atol=1e-6) for a, b in zip(ours_leaves, ref_leaves)))


def _parameters(f):
    return [(p.name, p.kind, p.default) for p in inspect.signature(f).parameters.values()]


print(_parameters(linear_cross_entropy) == _parameters(F.linear_cross_entropy))
#> True

torch.manual_seed(0)
x = torch.randn(5, 4)
W = torch.randn(3, 4)
b = torch.randn(3)
y = torch.tensor([0, 2, -100, 1, 2])
weight = torch.tensor([1.0, 0.5, 2.0])
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.5, 0.5], [1.0, 0.0, 0.0], [0.2, 0.2, 0.6], [0.3, 0.3, 0.4]])
W3, b3 = torch.randn(3, 2, 4), torch.randn(3, 2)     # K-dim: 3 classes at 2 positions
y3 = torch.tensor([[0, 1], [2, 2], [1, -100], [0, 0], [2, 1]])

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(x, W, y, reduction=reduction),
          agrees(x, W, y.clamp(min=0), b, weight=weight, ignore_index=1, reduction=reduction),
          agrees(x, W, y, b, weight=weight, label_smoothing=0.2, reduction=reduction),
          agrees(x, W, probs, b, weight=weight, label_smoothing=0.2, reduction=reduction),
          agrees(x, W3, y3, b3, weight=weight, reduction=reduction),
          agrees(x[0], W, y[0], b, reduction=reduction),
          agrees(x, W, y, b, reduction=reduction, options=LinearCrossEntropyOptions(batch_chunk_size=3)))
    #> none True True True True True True True
    #> sum True True True True True True True
    #> mean True True True True True True True

# Every target ignored: nan with 'mean', and a zero gradient like the reference path.
print(agrees(x, W, torch.full((5,), -100), label_smoothing=0.1))
#> True
logit_blocks.clear()
linear_cross_entropy(x, W, y)
print(sorted(logit_blocks), "never", (5, 3))
#> [(1, 3), (2, 3)] never (5, 3)
