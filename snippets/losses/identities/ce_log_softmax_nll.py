import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.2, -0.3, 0.5, 2.0],
                       [0.1, 0.4, -1.5, 0.0],
                       [-0.7, 2.2, 0.3, 1.1]], requires_grad=True)
target = torch.tensor([3, 0, 1])
weight = torch.tensor([1.0, 2.0, 0.5, 1.5])

# CrossEntropyLoss = LogSoftmax(dim=1) followed by NLLLoss, with the same weight, ignore_index and reduction.
cases = {"default": {}, "weight": {"weight": weight}, "ignore_index=0, 'none'": {"ignore_index": 0, "reduction": "none"},
         "'sum'": {"reduction": "sum"}}
for name, kwargs in cases.items():
    ce = nn.CrossEntropyLoss(**kwargs)(logits, target)
    nll = nn.NLLLoss(**kwargs)(nn.LogSoftmax(dim=1)(logits), target)
    print(name, torch.equal(ce, nll))
    #> default True
    #> weight True
    #> ignore_index=0, 'none' True
    #> 'sum' True

# The gradients with respect to the logits are equal too.
grad_ce, = torch.autograd.grad(F.cross_entropy(logits, target, weight=weight), logits)
grad_nll, = torch.autograd.grad(F.nll_loss(F.log_softmax(logits, dim=1), target, weight=weight), logits)
print(torch.equal(grad_ce, grad_nll))
#> True

# Images: the class dimension is dim 1 of (N, C, H, W), so LogSoftmax needs dim=1 there as well.
scores = torch.tensor([[[[0.2, -1.0]], [[1.5, 0.3]], [[-0.4, 0.8]]]])  # (1, 3, 1, 2)
labels = torch.tensor([[[1, 2]]])                                          # (1, 1, 2)
print(F.cross_entropy(scores, labels), F.nll_loss(F.log_softmax(scores, dim=1), labels))
#> tensor(0.4621) tensor(0.4621)
