import torch
import torch.nn.functional as F

anchor = torch.tensor([[0.6, 0.8], [1.0, 0.0]])
positive = torch.tensor([[0.8, 0.6], [0.6, 0.8]])
negative = torch.tensor([[1.0, 0.0], [0.0, 1.0]])

# The margin is an absolute distance: scaling every embedding changes the loss,
# and a large enough scale satisfies every triplet without improving the ranking.
for scale in [0.1, 1.0, 10.0]:
    print(scale, F.triplet_margin_loss(scale * anchor, scale * positive, scale * negative, reduction="none"))
    #> 0.1 tensor([0.9388, 0.9480])
    #> 1.0 tensor([0.3884, 0.4802])
    #> 10.0 tensor([0., 0.])

# After L2 normalization the embeddings lie on the unit circle: the scale no longer matters.
for scale in [0.1, 10.0]:
    unit = [F.normalize(scale * t, dim=1) for t in (anchor, positive, negative)]
    print(scale, F.triplet_margin_loss(*unit, reduction="none"))
    #> 0.1 tensor([0.3884, 0.4802])
    #> 10.0 tensor([0.3884, 0.4802])

# eps shifts every distance a little: two opposite unit vectors end up slightly more than 2 apart.
print(F.pairwise_distance(torch.tensor([[1.0, 0.0]]), torch.tensor([[-1.0, 0.0]])) > 2)
#> tensor([True])
