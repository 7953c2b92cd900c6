import torch
import torch.nn.functional as F


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100,
                  reduce=None, reduction="mean", label_smoothing=0.0):
    if size_average is not None or reduce is not None:  # legacy arguments override reduction
        keep, average = reduce is None or reduce, size_average is None or size_average
        reduction = ("mean" if average else "sum") if keep else "none"
    dim = 0 if input.dim() == 1 else 1  # the class dimension
    n_classes = input.shape[dim]
    w = torch.ones(n_classes, dtype=input.dtype, device=input.device) if weight is None else weight
    w_b = w.reshape([n_classes] + [1] * (input.dim() - dim - 1))  # broadcast along the class dim
    # log_softmax, stable: subtract the row maximum before exp
    shifted = input - input.amax(dim=dim, keepdim=True).detach()
    log_p = shifted - shifted.exp().sum(dim=dim, keepdim=True).log()

    if target.dtype.is_floating_point:  # class probabilities: 'mean' divides by the sample count
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        loss = -(log_p * target * w_b).sum(dim=dim)
        if reduction == "mean":
            return loss.sum() / (input.numel() / n_classes)
        return loss.sum() if reduction == "sum" else loss

    # class indices: pick -log p of the target class, 0 where the target is ignored
    ignored = target == ignore_index
    safe = target.masked_fill(ignored, 0)
    picked = log_p.gather(dim, safe.unsqueeze(dim)).squeeze(dim).masked_fill(ignored, 0)
    w_t = w[safe].masked_fill(ignored, 0)
    # weighted 'mean' divides by the summed weight of the kept targets, not by N
    total = w_t.sum() if reduction == "mean" else None

    def reduce_(values):
        return values.sum() / total if reduction == "mean" else values.sum() if reduction == "sum" else values

    nll = reduce_(-w_t * picked)
    if label_smoothing == 0:  # skip the smoothing term: 0 * inf would turn an inf loss into nan
        return nll
    uniform = reduce_(-(log_p * w_b).sum(dim=dim).masked_fill(ignored, 0))
    return (1 - label_smoothing) * nll + label_smoothing / n_classes * uniform


# The example of the page: 3 samples, 5 classes.
logits = torch.tensor([[-0.6324, 0.1134, 0.0695, -1.6937, -0.3634],
                       [1.2044, 2.0876, -1.6558, -0.4869, -0.8516],
                       [-0.7290, -0.4808, 0.8488, -0.3595, -1.3598]])
target = torch.tensor([1, 0, 3])
weight = torch.tensor([1.0, 2.0, 1.0, 3.0, 1.0])
print(cross_entropy(logits, target), F.cross_entropy(logits, target))
#> tensor(1.4465) tensor(1.4465)
print(cross_entropy(logits, target, weight=weight, label_smoothing=0.1),
      F.cross_entropy(logits, target, weight=weight, label_smoothing=0.1))
#> tensor(1.5447) tensor(1.5447)

# The gradient for one sample is (softmax - one-hot) / N, from both.
logits.requires_grad_()
mine, = torch.autograd.grad(cross_entropy(logits, target), logits)
theirs, = torch.autograd.grad(F.cross_entropy(logits, target), logits)
print(mine[0], theirs[0], sep="\n")
#> tensor([ 0.0492, -0.2297,  0.0992,  0.0170,  0.0643])
#> tensor([ 0.0492, -0.2297,  0.0992,  0.0170,  0.0643])
print((logits.detach().softmax(dim=1)[0] - F.one_hot(target[0], 5)) / 3)
#> tensor([ 0.0492, -0.2297,  0.0992,  0.0170,  0.0643])
