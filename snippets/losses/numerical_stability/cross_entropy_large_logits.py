import torch
import torch.nn.functional as F

# cross_entropy computes logsumexp(x) - x[target] with the max subtracted first,
# so logits of 1000 are no problem, and shifting all logits by a constant changes nothing.
logits = torch.tensor([[1000.0, 999.0, 998.0],
                       [-1000.0, -1001.0, -1002.0]], requires_grad=True)
target = torch.tensor([0, 2])
loss = F.cross_entropy(logits, target, reduction="none")
print(loss.detach())
#> tensor([0.4076, 2.4076])
print(F.cross_entropy(torch.tensor([[2.0, 1.0, 0.0], [2.0, 1.0, 0.0]]), target, reduction="none"))
#> tensor([0.4076, 2.4076])

# The gradient softmax(x) - onehot(target) is finite as well.
loss.sum().backward()
print(logits.grad)
#> tensor([[-0.3348,  0.2447,  0.0900],
#>         [ 0.6652,  0.2447, -0.9100]])
