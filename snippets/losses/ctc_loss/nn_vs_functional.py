import torch
import torch.nn as nn
import torch.nn.functional as F

log_probs = torch.tensor([[[0.5, 0.4, 0.1]],
                          [[0.3, 0.4, 0.3]],
                          [[0.2, 0.1, 0.7]]]).log()
args = (log_probs, torch.tensor([[1, 2]]), (3,), (2,))
print(nn.CTCLoss(blank=0, reduction="sum", zero_infinity=True)(*args),
      F.ctc_loss(*args, blank=0, reduction="sum", zero_infinity=True))
#> tensor(0.8119) tensor(0.8119)
