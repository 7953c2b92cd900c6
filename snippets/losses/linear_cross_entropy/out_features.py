import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
# K-dimensional loss: 3 classes at each of out_features = (2,) positions per sample.
loss_fn = nn.LinearCrossEntropyLoss(4, 3, out_features=(2,), bias=True)
x = torch.randn(5, 4)
target = torch.tensor([[0, 1], [2, 2], [1, 0], [0, 0], [2, 1]])  # (N, d1)

# Parameters are stored flat, (C * d1, in_features), and reshaped to (C, d1, in_features) in forward.
print(loss_fn.linear.weight.shape, loss_fn.linear.bias.shape)
#> torch.Size([6, 4]) torch.Size([6])
logits = F.linear(x, loss_fn.linear.weight, loss_fn.linear.bias).reshape(5, 3, 2)  # (N, C, d1)
with torch.no_grad():
    print(torch.allclose(loss_fn(x, target), F.cross_entropy(logits, target)))
    #> True
    print(loss_fn.reduction, F.linear_cross_entropy(x, loss_fn.linear.weight.reshape(3, 2, 4), target,
                                                    linear_bias=loss_fn.linear.bias.reshape(3, 2),
                                                    reduction="none").shape)
    #> mean torch.Size([5, 2])
