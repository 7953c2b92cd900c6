import torch
import torch.nn.functional as F

# cos = <x1, x2> / sqrt((|x1|^2 + 1e-12) * (|x2|^2 + 1e-12)): the eps is added to the SQUARED norms.
# A zero vector therefore gives cos = 0 (loss 1 for a similar pair), not nan.
print(F.cosine_embedding_loss(torch.tensor([[0.0, 0.0]]), torch.tensor([[1.0, 0.0]]), torch.tensor([1.0])))
#> tensor(1.)

# Two identical, very short vectors: |x|^2 = 1e-12 is as large as the eps, so cos = 0.5, not 1.
tiny = torch.tensor([[1e-6, 0.0]])
print(F.cosine_embedding_loss(tiny, tiny, torch.tensor([1.0])))
#> tensor(0.5000)
print(1e-12 / (1e-12 + 1e-12))
#> 0.5
# F.cosine_similarity (eps=1e-8 on the norms) still says 1 for the same pair.
print(F.cosine_similarity(tiny, tiny))
#> tensor([1.])
