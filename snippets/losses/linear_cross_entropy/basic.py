import torch
import torch.nn as nn
import torch.nn.functional as F

# Hidden features (not logits) of 3 samples, in_features = 4, and a class index per sample.
x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0],
                  [-1.0, 0.0, 1.0, 2.0]])
target = torch.tensor([1, 0, 4])

loss_fn = nn.LinearCrossEntropyLoss(in_features=4, num_classes=5)
with torch.no_grad():  # the module owns the output layer: weight (num_classes, in_features)
    loss_fn.linear.weight.copy_(torch.tensor([[0.2, -0.1, 0.4, 0.0],
                                              [0.0, 0.3, 0.5, -0.2],
                                              [0.1, 0.1, 0.1, 0.1],
                                              [-0.3, 0.2, 0.0, 0.4],
                                              [0.5, 0.0, -0.1, 0.3]]))
print(loss_fn(x, target))
#> tensor(1.7570, grad_fn=<NllLossBackward0>)

W = loss_fn.linear.weight
with torch.no_grad():
    print(F.linear_cross_entropy(x, W, target))
    #> tensor(1.7570)
    # The same number as a Linear layer followed by cross_entropy.
    print(F.cross_entropy(F.linear(x, W), target))
    #> tensor(1.7570)
