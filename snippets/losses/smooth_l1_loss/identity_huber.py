import torch
import torch.nn.functional as F

x = torch.tensor([0.1, -0.5, 2.0, -4.0])
y = torch.zeros(4)

# SmoothL1Loss(beta) = HuberLoss(delta=beta) / beta.
for beta in [0.5, 1.0, 3.0]:
    print(beta, F.smooth_l1_loss(x, y, beta=beta), F.huber_loss(x, y, delta=beta) / beta)
    #> 0.5 tensor(1.4400) tensor(1.4400)
    #> 1.0 tensor(1.2825) tensor(1.2825)
    #> 3.0 tensor(0.8025) tensor(0.8025)
