import torch
import torch.nn.functional as F

# Four dissimilar pairs (y = -1) with cosine 0.8, 0.6, 0 and -0.6.
x1 = torch.tensor([[0.8, 0.6], [0.6, 0.8], [0.0, 1.0], [-0.6, 0.8]])
x2 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
y = -torch.ones(4)
print(F.cosine_similarity(x1, x2))
#> tensor([ 0.8000,  0.6000,  0.0000, -0.6000])

# A dissimilar pair costs max(0, cos - margin). The margin is not range-checked.
for margin in [0.0, 0.5, -0.5, 2.0]:
    print(margin, F.cosine_embedding_loss(x1, x2, y, margin=margin, reduction="none"))
    #> 0.0 tensor([0.8000, 0.6000, 0.0000, 0.0000])
    #> 0.5 tensor([0.3000, 0.1000, 0.0000, 0.0000])
    #> -0.5 tensor([1.3000, 1.1000, 0.5000, 0.0000])
    #> 2.0 tensor([0., 0., 0., 0.])

# The margin does not touch similar pairs: they always cost 1 - cos.
print(F.cosine_embedding_loss(x1, x2, -y, margin=0.5, reduction="none"))
#> tensor([0.2000, 0.4000, 1.0000, 1.6000])
