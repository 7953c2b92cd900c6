import torch
import torch.nn.functional as F

x = torch.tensor([[0.5, -1.0, 2.0, 0.0],
                  [1.5, 0.5, -0.5, 1.0],
                  [-1.0, 0.0, 1.0, 2.0]])
W = torch.tensor([[0.2, -0.1, 0.4, 0.0],
                  [0.0, 0.3, 0.5, -0.2],
                  [0.1, 0.1, 0.1, 0.1],
                  [-0.3, 0.2, 0.0, 0.4],
                  [0.5, 0.0, -0.1, 0.3]])
target = torch.tensor([1, 0, 4])
# A float target of shape (N, C) is a distribution over classes.
probs = torch.tensor([[0.0, 1.0, 0.0, 0.0, 0.0],
                      [0.5, 0.5, 0.0, 0.0, 0.0],
                      [0.0, 0.0, 0.0, 0.2, 0.8]])

print(F.linear_cross_entropy(x, W, probs), F.cross_entropy(x @ W.T, probs))
#> tensor(1.7420) tensor(1.7420)
# label_smoothing = eps mixes the one-hot target with eps / C everywhere.
eps = 0.1
smoothed = (1 - eps) * F.one_hot(target, 5).float() + eps / 5
print(F.linear_cross_entropy(x, W, target, label_smoothing=eps), F.linear_cross_entropy(x, W, smoothed))
#> tensor(1.7533) tensor(1.7533)
