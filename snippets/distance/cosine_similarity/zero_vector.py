import torch
import torch.nn.functional as F

zero, ones = torch.zeros(1, 3), torch.ones(1, 3)
# A zero vector has no direction: eps turns 0/0 into 0.
print(F.cosine_similarity(zero, ones), F.cosine_similarity(zero, zero))
#> tensor([0.]) tensor([0.])
# Without eps it is 0/0 = nan; a negative eps is rejected.
print(F.cosine_similarity(zero, ones, eps=0.0))
#> tensor([nan])
try:
    F.cosine_similarity(zero, ones, eps=-1.0)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: eps must be non-negative, got: -1
# Vectors shorter than eps are scaled down rather than normalized.
tiny = torch.tensor([[1e-9, 0.0, 0.0]])
print(F.cosine_similarity(tiny, ones), F.cosine_similarity(tiny * 1e3, ones))
#> tensor([0.0577]) tensor([0.5774])
