import torch
import torch.nn.functional as F

# Fit one constant c to targets with an outlier: which c minimizes each loss?
target = torch.tensor([1.0, 2.0, 3.0, 10.0])
for c in [2.0, 2.5, 3.0, 4.0, 5.0]:
    guess = torch.full_like(target, c)
    print(c, F.l1_loss(guess, target).item(), F.mse_loss(guess, target).item())
    #> 2.0 2.5 16.5
    #> 2.5 2.5 14.75
    #> 3.0 2.5 13.5
    #> 4.0 3.0 12.5
    #> 5.0 3.5 13.5
print(target.median(), target.mean())
#> tensor(2.) tensor(4.)
