import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1000, 16)
cos = F.cosine_similarity(x, x)  # mathematically 1 for every row
print((cos > 1).any(), torch.acos(cos).isnan().any())  # rounding goes past 1, and acos gives nan there
#> tensor(True) tensor(True)
angle = torch.acos(cos.clamp(-1.0, 1.0))  # clamp into [-1, 1] before acos
print(angle.isnan().any(), angle.max() < 1e-3)
#> tensor(False) tensor(True)
