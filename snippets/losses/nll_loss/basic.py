import torch
import torch.nn as nn

# Log-probabilities for 2 samples and 3 classes (each row is log_softmax of some logits).
log_probs = torch.tensor([[-0.2413, -1.7413, -3.2413],
                          [-1.2019, -1.1019, -1.0019]])
target = torch.tensor([0, 2])

# The rows really are log-probabilities: exp(row) sums to 1.
print(log_probs.exp().sum(dim=1))
#> tensor([1.0000, 1.0000])

loss_fn = nn.NLLLoss()
print(loss_fn(log_probs, target))
#> tensor(0.6216)

# Per-sample loss: minus the entry of the target class, nothing else.
print(nn.NLLLoss(reduction="none")(log_probs, target))
#> tensor([0.2413, 1.0019])
print(-log_probs[torch.arange(2), target])
#> tensor([0.2413, 1.0019])
