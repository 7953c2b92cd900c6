import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]], requires_grad=True)
target = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.0, 1.0]])

# Each score only gets (sigmoid(x) - y) / (N * C): classes do not compete as in a softmax.
F.multilabel_soft_margin_loss(logits, target).backward()
print(logits.grad)
#> tensor([[-0.0228,  0.0472, -0.0149,  0.0336],
#>         [ 0.0532, -0.0388,  0.0149, -0.0502]])
print((torch.sigmoid(logits) - target).detach() / (2 * 4))
#> tensor([[-0.0228,  0.0472, -0.0149,  0.0336],
#>         [ 0.0532, -0.0388,  0.0149, -0.0502]])
