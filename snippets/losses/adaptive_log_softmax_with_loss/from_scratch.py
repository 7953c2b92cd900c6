from collections import namedtuple

import torch
import torch.nn as nn

ASMOutput = namedtuple("ASMOutput", ["output", "loss"])


def _log_softmax(z):
    shifted = z - z.amax(dim=1, keepdim=True).detach()
    return shifted - shifted.exp().sum(dim=1, keepdim=True).log()


def parameter_shapes(in_features, n_classes, cutoffs, div_value=4.0, head_bias=False):
    """What the constructor allocates: the head, then a two-layer projection per cluster."""
    bounds = list(cutoffs) + [n_classes]
    head_size = bounds[0] + len(cutoffs)  # shortlist classes + one token per cluster
    shapes = [(head_size, in_features)] + ([(head_size,)] if head_bias else [])
    for i in range(len(cutoffs)):
        hidden = int(in_features // div_value ** (i + 1))
        shapes += [(hidden, in_features), (bounds[i + 1] - bounds[i], hidden)]
    return shapes


def adaptive_log_prob(input, head_weight, head_bias, tails, bounds):
    """log p(c | x) for all classes, shape (N, n_classes); bounds = cutoffs + [n_classes]."""
    head = input @ head_weight.T
    head_logp = _log_softmax(head if head_bias is None else head + head_bias)
    shortlist = bounds[0]
    parts = [head_logp[:, :shortlist]]
    for i, (down, up) in enumerate(tails):
        # log p(cluster i) + log p(class | cluster i) for every class of the cluster
        parts.append(head_logp[:, shortlist + i:shortlist + i + 1] + _log_softmax(input @ down.T @ up.T))
    return torch.cat(parts, dim=1)


def adaptive_log_softmax_with_loss(input, target, head_weight, head_bias, tails, bounds):
    """forward() by hand: each tail runs only on the rows whose target lies in its cluster."""
    unbatched = target.dim() == 0
    x = input.unsqueeze(0) if unbatched else input
    y = target.unsqueeze(0) if unbatched else target
    if ((y < 0) | (y >= bounds[-1])).any():
        raise RuntimeError(f"Target values should be in [0, {bounds[-1] - 1}]")
    shortlist = bounds[0]
    head = x @ head_weight.T
    head_logp = _log_softmax(head if head_bias is None else head + head_bias)
    cluster = sum((y >= b).long() for b in bounds[:-1])  # 0: shortlist, i + 1: cluster i
    column = torch.where(cluster == 0, y, shortlist + cluster - 1)  # the class or its cluster token
    output = head_logp.gather(1, column.unsqueeze(1)).squeeze(1)
    for i, (down, up) in enumerate(tails):
        rows = (cluster == i + 1).nonzero().squeeze(1)
        if rows.numel() == 0:
            continue
        tail_logp = _log_softmax(x[rows] @ down.T @ up.T)
        within = (y[rows] - bounds[i]).unsqueeze(1)  # position of the class inside its cluster
        output = output.index_add(0, rows, tail_logp.gather(1, within).squeeze(1))
    loss = -output.mean()
    return ASMOutput(output.squeeze(0) if unbatched else output, loss)


def unpack(asm):
    tails = [(down.weight, up.weight) for down, up in asm.tail]
    return asm.head.weight, asm.head.bias, tails, asm.cutoffs


def agrees(asm, x, y):
    """Same output, loss, log_prob, predict and gradients (input and every parameter) as the module."""
    x = x.clone().requires_grad_()
    params = [x] + list(asm.parameters())
    ours = adaptive_log_softmax_with_loss(x, y, *unpack(asm))
    ref = asm(x, y)
    grads = [torch.autograd.grad(r.loss, params, allow_unused=True) for r in (ours, ref)]
    same_grads = all((a is None and b is None) or torch.allclose(a, b, atol=1e-6) for a, b in zip(*grads))
    same_out = torch.allclose(ours.output, ref.output) and torch.allclose(ours.loss, ref.loss)
    if x.dim() == 1:
        return same_out and same_grads
    with torch.no_grad():
        full = adaptive_log_prob(x, *unpack(asm))
        same_full = torch.allclose(full, asm.log_prob(x)) and torch.equal(full.argmax(1), asm.predict(x))
    return same_out and same_grads and same_full


torch.manual_seed(0)
x = torch.randn(6, 8)
y = torch.tensor([0, 2, 3, 5, 8, 9])
for cutoffs, div_value, head_bias in [([3, 6], 2.0, False), ([3, 6], 2.0, True),
                                      ([2, 4, 7], 1.0, True), ([5], 4.0, False)]:
    asm = nn.AdaptiveLogSoftmaxWithLoss(8, 10, cutoffs, div_value=div_value, head_bias=head_bias)
    print(cutoffs, div_value, head_bias,
          parameter_shapes(8, 10, cutoffs, div_value, head_bias) == [tuple(p.shape) for p in asm.parameters()],
          agrees(asm, x, y),                              # batched, every cluster used
          agrees(asm, x[:3], y[:3]),                      # some clusters unused
          agrees(asm, x[4], y[4]))                        # unbatched
    #> [3, 6] 2.0 False True True True True
    #> [3, 6] 2.0 True True True True True
    #> [2, 4, 7] 1.0 True True True True True
    #> [5] 4.0 False True True True True
