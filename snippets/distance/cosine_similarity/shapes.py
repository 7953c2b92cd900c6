import torch
import torch.nn.functional as F

torch.manual_seed(0)
# dim is reduced; the inputs are broadcast first and dim refers to the broadcast shape.
cases = [
    ((8, 16), (8, 16), 1),  # a batch of vectors, the default dim=1
    ((16,), (16,), 0),  # two single vectors need dim=0 (or -1)
    ((2, 16, 5, 5), (2, 16, 5, 5), 1),  # per pixel, along the channel dimension
    ((8, 16), (16,), -1),  # every row against one vector
    ((3, 1, 16), (5, 16), -1),  # all 3 x 5 pairs
]
for s1, s2, dim in cases:
    print(s1, s2, f"dim={dim}", "->", tuple(F.cosine_similarity(torch.randn(s1), torch.randn(s2), dim=dim).shape))
    #> (8, 16) (8, 16) dim=1 -> (8,)
    #> (16,) (16,) dim=0 -> ()
    #> (2, 16, 5, 5) (2, 16, 5, 5) dim=1 -> (2, 5, 5)
    #> (8, 16) (16,) dim=-1 -> (8,)
    #> (3, 1, 16) (5, 16) dim=-1 -> (3, 5)
