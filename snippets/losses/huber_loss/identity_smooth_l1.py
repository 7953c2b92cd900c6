import torch
import torch.nn.functional as F

x = torch.tensor([0.1, -0.5, 2.0, -4.0])
y = torch.zeros(4)

# HuberLoss(delta) = delta * SmoothL1Loss(beta=delta); they coincide only at delta = 1.
for delta in [0.5, 1.0, 2.0]:
    huber = F.huber_loss(x, y, delta=delta)
    smooth = F.smooth_l1_loss(x, y, beta=delta)
    print(delta, huber, smooth, torch.allclose(huber, delta * smooth))
    #> 0.5 tensor(0.7200) tensor(1.4400) True
    #> 1.0 tensor(1.2825) tensor(1.2825) True
    #> 2.0 tensor(2.0325) tensor(1.0163) True
