import torch
import torch.nn as nn

# The model predicts log-rates; the targets are observed counts.
log_rate = torch.tensor([0.5, -1.0, 2.0, 0.0])
counts = torch.tensor([0.0, 1.0, 2.0, 5.0])

loss_fn = nn.PoissonNLLLoss()            # log_input=True, full=False, reduction='mean'
print(loss_fn(log_rate, counts))
#> tensor(1.8514)
# Element by element: exp(input) - target * input.
print(log_rate.exp() - counts * log_rate)
#> tensor([1.6487, 1.3679, 3.3891, 1.0000])
# Integer counts are accepted as the target.
print(loss_fn(log_rate, torch.tensor([0, 1, 2, 5])))
#> tensor(1.8514)
