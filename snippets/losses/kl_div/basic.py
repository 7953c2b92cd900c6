import torch
import torch.nn as nn
import torch.nn.functional as F

# The model produces logits; KLDivLoss wants them as log-probabilities.
logits = torch.tensor([[1.0, 0.0, -1.0],
                       [0.5, 0.5, 2.0]])
log_q = F.log_softmax(logits, dim=1)        # input: log Q (the model)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])         # target: P (probabilities, rows sum to 1)

loss_fn = nn.KLDivLoss(reduction="batchmean")
print(loss_fn(log_q, p))
#> tensor(0.0384)

# By hand: KL(P || Q) of each row, then the average over the batch.
per_row = (p * (p.log() - log_q)).sum(dim=1)
print(per_row, per_row.mean())
#> tensor([0.0058, 0.0710]) tensor(0.0384)
