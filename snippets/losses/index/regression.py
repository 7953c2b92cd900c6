import torch
import torch.nn as nn

# Regression: the raw model output (no activation) and a float target of the SAME shape.
pred = torch.tensor([[2.5, 0.0],
                     [1.0, 4.0],
                     [-0.5, 3.0]])      # (N=3, D=2)
target = torch.tensor([[3.0, -0.5],
                       [1.0, 1.0],
                       [0.0, 2.0]])     # (N=3, D=2)
print(pred.shape, pred.dtype, target.shape, target.dtype)
#> torch.Size([3, 2]) torch.float32 torch.Size([3, 2]) torch.float32

for loss_fn in [nn.L1Loss(), nn.MSELoss(), nn.SmoothL1Loss(beta=1.0), nn.HuberLoss(delta=2.0)]:
    print(f"{type(loss_fn).__name__:<13}", loss_fn(pred, target))
    #> L1Loss        tensor(0.9167)
    #> MSELoss       tensor(1.7917)
    #> SmoothL1Loss  tensor(0.5625)
    #> HuberLoss     tensor(0.8125)

# reduction='none' keeps the input's shape: one loss per element.
print(nn.MSELoss(reduction="none")(pred, target).shape)
#> torch.Size([3, 2])
