import torch
import torch.nn.functional as F

# Unbatched: two (D,) vectors and a 0-dim target give a 0-dim loss.
x1 = torch.tensor([1.0, 0.0])
x2 = torch.tensor([1.0, 1.0])
print(F.cosine_embedding_loss(x1, x2, torch.tensor(1.0), reduction="none"))
#> tensor(0.2929)

# Integer targets are accepted too.
print(F.cosine_embedding_loss(x1[None], x2[None], torch.tensor([1])))
#> tensor(0.2929)
