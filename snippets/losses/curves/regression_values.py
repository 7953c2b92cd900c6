import torch
import torch.nn.functional as F

errors = torch.tensor([0.5, 3.0])  # a small and a large error input - target


def value_and_slope(loss, **options):
    e = errors.clone().requires_grad_(True)
    value = loss(e, torch.zeros_like(e), reduction="none", **options)
    value.sum().backward()
    return value.detach(), e.grad


for name, loss, options in [
    ("L1Loss", F.l1_loss, {}),
    ("MSELoss", F.mse_loss, {}),
    ("SmoothL1Loss beta=1", F.smooth_l1_loss, {"beta": 1.0}),
    ("HuberLoss delta=1", F.huber_loss, {"delta": 1.0}),
    ("SmoothL1Loss beta=2", F.smooth_l1_loss, {"beta": 2.0}),
    ("HuberLoss delta=2", F.huber_loss, {"delta": 2.0}),
]:
    value, slope = value_and_slope(loss, **options)
    print(f"{name:20} loss {value.tolist()}  slope {slope.tolist()}")
    #> L1Loss               loss [0.5, 3.0]  slope [1.0, 1.0]
    #> MSELoss              loss [0.25, 9.0]  slope [1.0, 6.0]
    #> SmoothL1Loss beta=1  loss [0.125, 2.5]  slope [0.5, 1.0]
    #> HuberLoss delta=1    loss [0.125, 2.5]  slope [0.5, 1.0]
    #> SmoothL1Loss beta=2  loss [0.0625, 2.0]  slope [0.25, 1.0]
    #> HuberLoss delta=2    loss [0.125, 4.0]  slope [0.5, 2.0]

# Over a whole range of errors: HuberLoss(delta) == delta * SmoothL1Loss(beta=delta).
e = torch.linspace(-5, 5, 101)
zero = torch.zeros_like(e)
for delta in [0.5, 1.0, 2.0]:
    huber = F.huber_loss(e, zero, delta=delta, reduction="none")
    smooth_l1 = F.smooth_l1_loss(e, zero, beta=delta, reduction="none")
    print(delta, torch.allclose(huber, delta * smooth_l1), torch.equal(huber, smooth_l1))
    #> 0.5 True False
    #> 1.0 True True
    #> 2.0 True False
