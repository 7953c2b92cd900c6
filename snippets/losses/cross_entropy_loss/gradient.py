import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]], requires_grad=True)
target = torch.tensor([0, 2])

F.cross_entropy(logits, target, reduction="sum").backward()
print(logits.grad)
#> tensor([[-0.2144,  0.1753,  0.0391],
#>         [ 0.3006,  0.3322, -0.6328]])
# softmax(x) - one_hot(y)
print(logits.softmax(dim=1) - F.one_hot(target, 3))
#> tensor([[-0.2144,  0.1753,  0.0391],
#>         [ 0.3006,  0.3322, -0.6328]], grad_fn=<SubBackward0>)
