import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.randn(8, 3, 32, 32)
patches = nn.Unfold(kernel_size=8, stride=8)(images)  # 16 patches of 3 * 8 * 8 = 192 values each
embed = nn.Linear(3 * 8 * 8, 64)
tokens = embed(patches.transpose(1, 2))  # one 64-dim token per patch, as in a vision transformer
tokens.mean().backward()
print(patches.shape, tokens.shape)
#> torch.Size([8, 192, 16]) torch.Size([8, 16, 64])
