import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint

logit_blocks = set()  # the shape of every block of logits ever built


def linear_cross_entropy(input, linear_weight, target, *, linear_bias=None, weight=None, reduction="mean",
                         ignore_index=None, label_smoothing=0.0, options=None):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    class_shape = tuple(linear_weight.shape[:-1])  # (C,) or (C, d1, ..., dk) for a K-dim loss
    probabilities = tuple(target.shape) == (*input.shape[:-1], *class_shape)
    if probabilities and ignore_index is not None:
        raise RuntimeError("ignore_index cannot be specified when target contains probabilities")
    ignore_index = -100 if ignore_index is None else ignore_index
    x, y = (input.unsqueeze(0), target.unsqueeze(0)) if input.dim() == 1 else (input, target)
    w2d = linear_weight.reshape(-1, linear_weight.shape[-1])
    b = None if linear_bias is None else linear_bias.reshape(-1)
    rows = options.batch_chunk_size if options is not None and options.batch_chunk_size else 2  # tiny, to loop

    def chunk_losses(x_rows, y_rows):  # the losses of a few rows: only their logits exist
        logits = F.linear(x_rows, w2d, b).reshape(x_rows.shape[0], *class_shape)
        logit_blocks.add(tuple(logits.shape))
        return F.cross_entropy(logits, y_rows, weight=weight, ignore_index=ignore_index, reduction="none",
                               label_smoothing=label_smoothing)

    # checkpoint: backward recomputes each chunk's logits instead of keeping them from forward
    losses = [checkpoint(chunk_losses, x[i:i + rows], y[i:i + rows], use_reentrant=False)
              for i in range(0, x.shape[0], rows)] or [chunk_losses(x, y)]  # (an empty batch: no chunk)
    loss = torch.cat(losses)
    if reduction == "none":
        return loss.squeeze(0) if input.dim() == 1 else loss
    if reduction == "sum":
        return loss.sum()
    if probabilities:
        return loss.sum() / loss.numel()  # 'mean' over rows (and positions)
    # 'mean' divides by the weight of the kept targets, as cross_entropy does
    keep = y != ignore_index
    w_t = keep.to(x.dtype) if weight is None else weight[y.masked_fill(~keep, 0)] * keep
    total = w_t.sum()
    # an ignored row adds nothing and gets no gradient, even when total is 0
    mean = torch.where(keep, loss / total, loss).sum()
    return mean if keep.any() else mean + float("nan")  # every target ignored: 0 / 0


# The example of the page: 3 rows of 4 features, 5 classes, chunks of 2 rows.
x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0],
                  [-1.0, 0.0, 1.0, 2.0]], requires_grad=True)
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1],
                  [-0.3, 0.2, 0.0, 0.4],
                  [0.5, 0.0, -0.1, 0.3]])
target = torch.tensor([1, 0, 4])
mine, theirs = linear_cross_entropy(x, W, target), F.linear_cross_entropy(x, W, target)
print(mine.detach(), theirs.detach())
#> tensor(1.7570) tensor(1.7570)
print(torch.autograd.grad(mine, x)[0], torch.autograd.grad(theirs, x)[0], sep="\n")
#> tensor([[ 0.0424, -0.0743, -0.0749,  0.0802],
#>         [ 0.0046,  0.0546, -0.1044,  0.0609],
#>         [-0.1682,  0.0412,  0.0803, -0.0381]])
#> tensor([[ 0.0424, -0.0743, -0.0749,  0.0802],
#>         [ 0.0046,  0.0546, -0.1044,  0.0609],
#>         [-0.1682,  0.0412,  0.0803, -0.0381]])

# Forward and backward built logits for 2 rows, then 1 row: never the full (3, 5).
print(sorted(logit_blocks))
#> [(1, 5), (2, 5)]
