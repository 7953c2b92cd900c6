import math

import torch

# SELU(x) = lambda * x for x > 0 and lambda * alpha * (exp(x) - 1) for x <= 0:
# SELU(1) = lambda, and SELU(-100) is the negative saturation value -lambda * alpha.
print(torch.selu(torch.tensor([1.0, -100.0])))
#> tensor([ 1.0507, -1.7581])
alpha = 1.7580993408473766  # lambda * alpha, the constant PyTorch uses
print(round(1.0507009873554805 * 1.6732632423543772, 10))
#> 1.7580993408

# For drop probability p: dropped units are set to -alpha, then everything goes through a*x + b.
p = 0.5
a = 1 / math.sqrt((alpha**2 * p + 1) * (1 - p))
b = alpha * a * p
print(round(a, 4), round(b, 4))
#> 0.8864 0.7792
print("kept x ->", f"{a:.4f} * x + {b:.4f}", "| dropped ->", round(a * -alpha + b, 4))
#> kept x -> 0.8864 * x + 0.7792 | dropped -> -0.7792
