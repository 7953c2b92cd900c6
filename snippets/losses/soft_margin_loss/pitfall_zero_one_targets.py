import torch
import torch.nn.functional as F

x = torch.tensor([0.8, -1.2, 0.3, 2.0], requires_grad=True)
labels01 = torch.tensor([1.0, 0.0, 0.0, 1.0])

# 1/0 labels: no error, but every 0 element costs log(1 + exp(0)) = log 2
# whatever the score, and gives no gradient.
loss = F.soft_margin_loss(x, labels01, reduction="none")
print(loss)
#> tensor([0.3711, 0.6931, 0.6931, 0.1269], grad_fn=<SoftMarginLossBackward0>)
loss.sum().backward()
print(x.grad)
#> tensor([-0.3100, -0.0000, -0.0000, -0.1192])

# Map {0, 1} to {-1, 1}:
print(F.soft_margin_loss(x, 2 * labels01 - 1, reduction="none"))
#> tensor([0.3711, 0.2633, 0.8544, 0.1269], grad_fn=<SoftMarginLossBackward0>)
