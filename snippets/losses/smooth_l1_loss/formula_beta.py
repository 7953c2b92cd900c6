import torch
import torch.nn.functional as F

d = torch.tensor([0.25, 1.0, 2.0, 3.0])  # errors x - y, with y = 0
for beta in [0.5, 2.0]:
    torch_loss = F.smooth_l1_loss(d, torch.zeros(4), reduction="none", beta=beta)
    right = torch.where(d.abs() < beta, 0.5 * d**2 / beta, d.abs() - beta / 2)
    wrong = torch.where(d.abs() < beta, 0.5 * d**2 / beta, d.abs() - 1 / (2 * beta))
    print(beta, torch_loss, wrong)
    #> 0.5 tensor([0.0625, 0.7500, 1.7500, 2.7500]) tensor([0.0625, 0.0000, 1.0000, 2.0000])
    #> 2.0 tensor([0.0156, 0.2500, 1.0000, 2.0000]) tensor([0.0156, 0.2500, 1.7500, 2.7500])
    print(torch.equal(torch_loss, right), torch.equal(torch_loss, wrong))
    #> True False
    #> True False

# With |x - y| - 1 / (2 beta) the two branches do not even meet at |x - y| = beta.
beta = 0.5
print(0.5 * beta**2 / beta, beta - beta / 2, beta - 1 / (2 * beta))
#> 0.25 0.25 -0.5
