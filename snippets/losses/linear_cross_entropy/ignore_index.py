import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0],
                  [-1.0, 0.0, 1.0, 2.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1],
                  [-0.3, 0.2, 0.0, 0.4],
                  [0.5, 0.0, -0.1, 0.3]])

# ignore_index=None (the default) means -100 for class-index targets.
padded = torch.tensor([1, -100, 4])
print(F.linear_cross_entropy(x, W, padded, reduction="none"))
#> tensor([1.3347, 0.0000, 2.0218])
print(F.linear_cross_entropy(x, W, padded))  # mean over the 2 kept targets
#> tensor(1.6783)
print(F.linear_cross_entropy(x, W, torch.tensor([1, 0, 4]), ignore_index=0, reduction="none"))
#> tensor([1.3347, 0.0000, 2.0218])
# Every target ignored: 'mean' is 0 / 0.
print(F.linear_cross_entropy(x, W, torch.tensor([-100, -100, -100])))
#> tensor(nan)

# With probability targets ignore_index must stay None, even -100 is refused
# (F.cross_entropy accepts an explicit -100 there).
probs = torch.tensor([[0.0, 1.0, 0.0, 0.0, 0.0],
                      [0.5, 0.5, 0.0, 0.0, 0.0],
                      [0.0, 0.0, 0.0, 0.2, 0.8]])
print(torch.allclose(F.linear_cross_entropy(x, W, probs), F.cross_entropy(x @ W.T, probs, ignore_index=-100)))
#> True
try:
    F.linear_cross_entropy(x, W, probs, ignore_index=-100)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: ignore_index cannot be specified when target contains probabilities
