import torch
import torch.nn.functional as F

logits = torch.tensor([[0.2, -1.0, 2.0], [1.5, 0.3, -0.2], [0.0, 0.8, 0.1], [-0.5, 0.4, 1.2]])
labels = torch.tensor([2, 0, 1, 2])           # class indices of 4 samples

targets = F.one_hot(labels, num_classes=3)    # (4, 3), dtype long
smoothed = targets.float() * 0.9 + 0.1 / 3    # probability targets must be floats
loss = F.cross_entropy(logits, smoothed)
print(targets.shape, targets.dtype)
#> torch.Size([4, 3]) torch.int64
print(targets)
#> tensor([[0, 0, 1],
#>         [1, 0, 0],
#>         [0, 1, 0],
#>         [0, 0, 1]])
print(torch.allclose(loss, F.cross_entropy(logits, labels, label_smoothing=0.1)))
#> True
