import torch
import torch.nn.functional as F

torch.manual_seed(0)
cases = [
    ((5,), (5,)),  # two single vectors -> a 0-d distance
    ((3, 5), (3, 5)),  # a batch -> one distance per row
    ((3, 5), (5,)),  # broadcasting: every row against the same vector
    ((2, 3, 5), (3, 5)),  # any leading dimensions; the last one is the vector
    ((0, 5), (0, 5)),  # an empty batch
]
for s1, s2 in cases:
    out = F.pairwise_distance(torch.randn(s1), torch.randn(s2))
    keep = F.pairwise_distance(torch.randn(s1), torch.randn(s2), keepdim=True)
    print(s1, s2, "->", tuple(out.shape), "keepdim:", tuple(keep.shape))
    #> (5,) (5,) -> () keepdim: (1,)
    #> (3, 5) (3, 5) -> (3,) keepdim: (3, 1)
    #> (3, 5) (5,) -> (3,) keepdim: (3, 1)
    #> (2, 3, 5) (3, 5) -> (2, 3) keepdim: (2, 3, 1)
    #> (0, 5) (0, 5) -> (0,) keepdim: (0, 1)
