import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.zeros(2, 3, 4)
try:
    F.layer_norm(x, 4)  # nn.LayerNorm(4) accepts an int; the functional form wants a list or tuple
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: layer_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, not int
try:
    F.layer_norm(x, [3])  # normalized_shape must match the LAST dimensions
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[2, 3, 4]
try:
    F.layer_norm(x, [4], weight=torch.ones(3))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected weight to be of same shape as normalized_shape, but got weight of shape [3] and normalized_shape = [4]
try:
    F.layer_norm(torch.tensor(2.0), [])  # a 0-d tensor has nothing to normalize over
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []

# Images (N, C, H, W) with W == C: nn.LayerNorm(C) raises nothing, and normalizes over W, not over C.
images = torch.arange(96.0).reshape(2, 4, 3, 4)
print(nn.LayerNorm(4)(images).mean(dim=-1).abs().max().item() < 1e-6)  # mean 0 along W
#> True
