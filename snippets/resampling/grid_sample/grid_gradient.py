import torch
import torch.nn.functional as F

row = torch.tensor([[[[0.0, 10.0, 20.0, 30.0]]]], requires_grad=True)
for mode in ("bilinear", "nearest"):
    point = torch.tensor([[[[0.1, 0.0]]]], requires_grad=True)
    F.grid_sample(row, point, mode=mode, align_corners=False).sum().backward()
    print(f"{mode:8}", point.grad.flatten())  # d value / d (x, y)
    #> bilinear tensor([20.0000, -8.5000])
    #> nearest  tensor([0., 0.])
