import torch
import torch.nn as nn

# An example: 2 samples, 4 classes.
logits = torch.tensor([[0.3, -1.2, 0.8, 0.1],
                       [1.5, 0.2, -0.7, 0.4]])
target_logits = torch.tensor([[-0.5, 0.9, 0.2, -1.1],
                              [0.6, -0.3, 1.2, 0.0]])
p = torch.softmax(target_logits, dim=-1)

# The mistake: softmax probabilities as input, default reduction ('mean'). No term is positive.
wrong = nn.KLDivLoss(reduction="none")(torch.softmax(logits, dim=-1), p)
print(wrong)
#> tensor([[-0.3021, -0.3678, -0.4698, -0.2055],
#>         [-0.5061, -0.2570, -0.3828, -0.3084]])
print(wrong.mean())
#> tensor(-0.3499)

# The fix: log-probabilities as input, 'batchmean' for the KL per sample.
right = nn.KLDivLoss(reduction="batchmean")(torch.log_softmax(logits, dim=-1), p)
print(right)
#> tensor(0.7602)
per_row = nn.KLDivLoss(reduction="none")(torch.log_softmax(logits, dim=-1), p).sum(dim=1)
print(per_row, bool((per_row >= 0).all()))
#> tensor([0.8431, 0.6774]) True
