import torch
import torch.nn.functional as F

# A batch of P = 3 classes x K = 2 samples, with 2-D embeddings that are easy to picture.
embeddings = torch.tensor([[0.0, 0.0], [0.0, 1.0],     # class 0
                           [1.5, 0.0], [3.0, 0.0],     # class 1
                           [0.5, 1.2], [3.0, 2.0]],    # class 2
                          requires_grad=True)
labels = torch.tensor([0, 0, 1, 1, 2, 2])


def batch_hard_triplet_loss(embeddings, labels, margin=0.5):
    dist = torch.cdist(embeddings, embeddings)                 # (B, B) Euclidean distances
    same = labels.unsqueeze(0) == labels.unsqueeze(1)          # (B, B) same class
    eye = torch.eye(len(labels), dtype=torch.bool)
    hardest_positive = dist.masked_fill(~same | eye, float("-inf")).amax(dim=1)  # farthest same-class
    hardest_negative = dist.masked_fill(same, float("inf")).amin(dim=1)          # nearest other class
    return F.relu(hardest_positive - hardest_negative + margin).mean(), dist


loss, dist = batch_hard_triplet_loss(embeddings, labels)
print(dist.detach())
#> tensor([[0.0000, 1.0000, 1.5000, 3.0000, 1.3000, 3.6056],
#>         [1.0000, 0.0000, 1.8028, 3.1623, 0.5385, 3.1623],
#>         [1.5000, 1.8028, 0.0000, 1.5000, 1.5620, 2.5000],
#>         [3.0000, 3.1623, 1.5000, 0.0000, 2.7731, 2.0000],
#>         [1.3000, 0.5385, 1.5620, 2.7731, 0.0000, 2.6249],
#>         [3.6056, 3.1623, 2.5000, 2.0000, 2.6249, 0.0000]])
print(loss)
#> tensor(0.8955, grad_fn=<MeanBackward0>)

# The same triplets given to TripletMarginLoss (which adds eps = 1e-6 inside its distance).
same = labels.unsqueeze(0) == labels.unsqueeze(1)
pos = dist.masked_fill(~same | torch.eye(6, dtype=torch.bool), float("-inf")).argmax(dim=1)
neg = dist.masked_fill(same, float("inf")).argmin(dim=1)
print(pos.tolist(), neg.tolist())
#> [1, 0, 3, 2, 5, 4] [4, 4, 0, 5, 1, 3]
print(F.triplet_margin_loss(embeddings, embeddings[pos], embeddings[neg], margin=0.5))
#> tensor(0.8955, grad_fn=<MeanBackward0>)

# Every valid triplet, for comparison: most are easy, give 0 and still count in the mean.
d_ap, d_an = dist.unsqueeze(2), dist.unsqueeze(1)              # (a, p, 1) and (a, 1, n)
valid = (same & ~torch.eye(6, dtype=torch.bool)).unsqueeze(2) & ~same.unsqueeze(1)
all_losses = F.relu(d_ap - d_an + 0.5)[valid]
print(valid.sum().item(), (all_losses > 0).sum().item(), all_losses.mean())
#> 24 11 tensor(0.4322, grad_fn=<MeanBackward0>)

loss.backward()
print(torch.isfinite(embeddings.grad).all().item())
#> True
