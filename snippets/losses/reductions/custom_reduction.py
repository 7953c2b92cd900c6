import torch
import torch.nn.functional as F

# Padded sequences: (N=2, T=3) element losses, the last step of sequence 2 is padding.
pred = torch.tensor([[1.0, 2.0, 3.0],
                     [0.5, 1.5, 9.0]])
target = torch.tensor([[1.5, 2.0, 2.0],
                       [0.5, 1.0, 0.0]])
mask = torch.tensor([[1.0, 1.0, 1.0],
                     [1.0, 1.0, 0.0]])
none = F.mse_loss(pred, target, reduction="none")
print((none * mask).sum() / mask.sum(), F.mse_loss(pred, target))   # masked mean vs plain mean
#> tensor(0.3000) tensor(13.7500)

# A weighted 'mean' is a ratio: averaging the means of two halves is NOT the full-batch mean.
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3],
                       [0.0, 0.0, 1.0],
                       [1.0, 2.0, 0.5]])
y = torch.tensor([0, 2, 2, 1])
w = torch.tensor([1.0, 2.0, 3.0])
full = F.cross_entropy(logits, y, weight=w)
halves = (F.cross_entropy(logits[:2], y[:2], weight=w) + F.cross_entropy(logits[2:], y[2:], weight=w)) / 2
# Accumulate 'sum' and divide once by the total target weight instead.
summed = (F.cross_entropy(logits[:2], y[:2], weight=w, reduction="sum")
          + F.cross_entropy(logits[2:], y[2:], weight=w, reduction="sum")) / w[y].sum()
print(full, halves, summed)
#> tensor(0.7983) tensor(0.8336) tensor(0.7983)
