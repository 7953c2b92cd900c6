from collections import namedtuple

import torch
import torch.nn as nn

ASMOutput = namedtuple("ASMOutput", ["output", "loss"])


def adaptive_log_prob(input, head_weight, head_bias, tails, cutoffs):
    """log p(c | x) for all classes, shape (N, n_classes); cutoffs end with n_classes."""
    head = input @ head_weight.T + (0 if head_bias is None else head_bias)
    head_logp = head.log_softmax(dim=1)  # shortlist classes, then one token per cluster
    shortlist = cutoffs[0]
    parts = [head_logp[:, :shortlist]]
    for i, (down, up) in enumerate(tails):
        # log p(cluster i) + log p(class | cluster i), for every class of the cluster
        token = head_logp[:, shortlist + i:shortlist + i + 1]
        parts.append(token + (input @ down.T @ up.T).log_softmax(dim=1))
    return torch.cat(parts, dim=1)


def adaptive_log_softmax_with_loss(input, target, head_weight, head_bias, tails, cutoffs):
    """What the module's forward() computes: a tail runs only on the rows whose target is in its cluster."""
    unbatched = target.dim() == 0
    x, y = (input.unsqueeze(0), target.unsqueeze(0)) if unbatched else (input, target)
    if ((y < 0) | (y >= cutoffs[-1])).any():
        raise RuntimeError(f"Target values should be in [0, {cutoffs[-1] - 1}]")
    shortlist = cutoffs[0]
    head = x @ head_weight.T + (0 if head_bias is None else head_bias)
    head_logp = head.log_softmax(dim=1)
    cluster = sum((y >= c).long() for c in cutoffs[:-1])  # 0: shortlist, i + 1: cluster i
    column = torch.where(cluster == 0, y, shortlist + cluster - 1)  # the class itself or its cluster token
    output = head_logp.gather(1, column.unsqueeze(1)).squeeze(1)
    for i, (down, up) in enumerate(tails):
        rows = (cluster == i + 1).nonzero().squeeze(1)
        if rows.numel() == 0:
            continue  # no target in this cluster: its tail is never computed
        tail_logp = (x[rows] @ down.T @ up.T).log_softmax(dim=1)
        within = (y[rows] - cutoffs[i]).unsqueeze(1)  # position of the class inside its cluster
        output = output.index_add(0, rows, tail_logp.gather(1, within).squeeze(1))
    loss = -output.mean()  # no reduction argument: always the batch mean
    return ASMOutput(output.squeeze(0) if unbatched else output, loss)


# The module of the page's example, with literal weights: shortlist {0, 1}, clusters {2, 3} and {4, 5}.
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=[2, 4], div_value=2.0)
weights = [[[1.0, 0.0, 0.5, 0.0], [0.0, 1.0, 0.0, 0.5], [0.5, 0.5, 0.0, 0.0], [0.0, 0.0, 0.5, 0.5]],  # head
           [[0.5, -0.5, 0.0, 1.0], [0.0, 1.0, 0.5, 0.0]], [[1.0, 0.0], [0.0, -1.0]],  # cluster 0
           [[0.5, 0.5, -0.5, 0.5]], [[1.0], [-1.0]]]                                   # cluster 1
with torch.no_grad():
    for parameter, value in zip(asm.parameters(), weights):
        parameter.copy_(torch.tensor(value))
tails = [(down.weight, up.weight) for down, up in asm.tail]

x = torch.tensor([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 1.0, 0.0], [0.5, 0.5, 0.0, 2.0]], requires_grad=True)
y = torch.tensor([0, 3, 5])
mine = adaptive_log_softmax_with_loss(x, y, asm.head.weight, asm.head.bias, tails, asm.cutoffs)
theirs = asm(x, y)
print(mine.output.detach(), theirs.output.detach())
#> tensor([-0.8511, -2.8499, -4.3997]) tensor([-0.8511, -2.8499, -4.3997])
print(mine.loss.detach(), theirs.loss.detach())
#> tensor(2.7002) tensor(2.7002)

# The gradient reaches the input through the head and through the tails that were used.
print(torch.autograd.grad(mine.loss, x)[0], torch.autograd.grad(theirs.loss, x)[0], sep="\n")
#> tensor([[-0.1479,  0.0955, -0.0693,  0.0524],
#>         [ 0.0627,  0.1092,  0.1935,  0.3386],
#>         [ 0.3961,  0.4860, -0.4149,  0.2652]])
#> tensor([[-0.1479,  0.0955, -0.0693,  0.0524],
#>         [ 0.0627,  0.1092,  0.1935,  0.3386],
#>         [ 0.3961,  0.4860, -0.4149,  0.2652]])

# The full distribution, which forward() never builds, matches log_prob().
with torch.no_grad():
    print(adaptive_log_prob(x, asm.head.weight, asm.head.bias, tails, asm.cutoffs)[1], asm.log_prob(x)[1])
    #> tensor([-1.5366, -1.0366, -1.8499, -2.8499, -2.2297, -2.2297]) tensor([-1.5366, -1.0366, -1.8499, -2.8499, -2.2297, -2.2297])
