import torch
import torch.nn.functional as F

# A batch-first model output (N=2, T=2, C=3): CTC wants (T, N, C).
batch_first = torch.tensor([[[0.5, 0.4, 0.1], [0.3, 0.4, 0.3]],
                            [[0.1, 0.8, 0.1], [0.1, 0.1, 0.8]]]).log()
targets = torch.tensor([[1], [2]])

# With N == T nothing complains, but frames and sequences are swapped.
print(F.ctc_loss(batch_first, targets, (2, 2), (1, 1), reduction="none"))
#> tensor([0.2744, 0.6733])
print(F.ctc_loss(batch_first.transpose(0, 1), targets, (2, 2), (1, 1), reduction="none"))
#> tensor([0.7340, 1.7720])
