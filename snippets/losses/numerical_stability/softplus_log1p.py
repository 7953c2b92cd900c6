import torch
import torch.nn.functional as F

x = torch.tensor([-50.0, -20.0, 0.0, 20.0, 100.0])

# log(1 + exp(x)) written literally: exp overflows for large x, and 1 + exp(x) rounds to 1 for very negative x.
print(torch.log(1 + torch.exp(x)))
#> tensor([ 0.0000,  0.0000,  0.6931, 20.0000,     inf])
print(torch.log1p(torch.exp(x)))  # log1p fixes the small end only
#> tensor([1.9287e-22, 2.0612e-09, 6.9315e-01, 2.0000e+01,        inf])
print(F.softplus(x))  # stable at both ends
#> tensor([1.9287e-22, 2.0612e-09, 6.9315e-01, 2.0000e+01, 1.0000e+02])

# log1p(t) keeps tiny t that 1 + t would lose.
t = torch.tensor([1e-8, 1e-4])
print(torch.log(1 + t), torch.log1p(t))
#> tensor([0.0000, 0.0001]) tensor([1.0000e-08, 9.9995e-05])

# Logs of sigmoids as softplus: log(sigmoid(z)) = -softplus(-z), log(1 - sigmoid(z)) = -softplus(z).
z = torch.tensor([-110.0, -20.0, 0.0, 20.0, 50.0])
print(torch.log(torch.sigmoid(z)), F.logsigmoid(z))
#> tensor([    -inf, -20.0000,  -0.6931,   0.0000,   0.0000]) tensor([-1.1000e+02, -2.0000e+01, -6.9315e-01, -2.0612e-09, -1.9287e-22])
print(torch.log(1 - torch.sigmoid(z)), -F.softplus(z))
#> tensor([ 0.0000,  0.0000, -0.6931,    -inf,    -inf]) tensor([-0.0000e+00, -2.0612e-09, -6.9315e-01, -2.0000e+01, -5.0000e+01])

# The stable form of BCE with logits: max(x, 0) - x * y + log1p(exp(-|x|)).
# torch computes (1 - y) x - logsigmoid(x): equally safe from overflow, but a loss of 2e-9 cancels to 0.
y = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
stable = x.clamp(min=0) - x * y + torch.log1p(torch.exp(-x.abs()))
print(stable, F.binary_cross_entropy_with_logits(x, y, reduction="none"))
#> tensor([5.0000e+01, 2.0612e-09, 6.9315e-01, 2.0612e-09, 1.0000e+02]) tensor([5.0000e+01, 0.0000e+00, 6.9315e-01, 2.0612e-09, 1.0000e+02])
print(torch.equal(F.binary_cross_entropy_with_logits(x, y, reduction="none"), (1 - y) * x - F.logsigmoid(x)))
#> True

# SoftMarginLoss computes log(1 + exp(-y x)) literally and overflows; softplus(-y x) is the same loss, stable.
margin_x = torch.tensor([-80.0, -90.0, 2.0])
margin_y = torch.tensor([1.0, 1.0, -1.0])
print(F.soft_margin_loss(margin_x, margin_y, reduction="none"), F.softplus(-margin_y * margin_x))
#> tensor([80.0000,     inf,  2.1269]) tensor([80.0000, 90.0000,  2.1269])
