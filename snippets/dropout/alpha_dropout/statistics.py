import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1_000_000)  # zero mean, unit variance, as SELU networks keep their activations
print(f"input      mean {x.mean():.2f}  std {x.std():.2f}")
#> input      mean -0.00  std 1.00
for p in (0.1, 0.5):
    y = F.alpha_dropout(x, p=p, training=True)
    print(f"p={p}  alpha: mean {y.mean():.2f}  std {y.std():.2f}")
    #> p=0.1  alpha: mean -0.00  std 1.00
    #> p=0.5  alpha: mean -0.00  std 1.00
# Plain dropout keeps the mean but inflates the standard deviation to 1/sqrt(1 - p).
z = F.dropout(x, p=0.5)
print(f"p=0.5  plain: mean {z.mean():.2f}  std {z.std():.1f}")
#> p=0.5  plain: mean 0.00  std 1.4

# Through a stack of SELU layers (weights with variance 1/fan_in) the statistics stay put.
torch.manual_seed(0)
h = torch.randn(4096, 256)
for _ in range(8):
    w = torch.randn(256, 256) / 256**0.5
    h = F.alpha_dropout(torch.selu(h @ w), p=0.2, training=True)
print(f"8 SELU + AlphaDropout layers: mean {h.mean():.1f}  std {h.std():.1f}")
#> 8 SELU + AlphaDropout layers: mean 0.0  std 1.0
