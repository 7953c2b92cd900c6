import torch
import torch.nn.functional as F

probs = torch.tensor([[0.5, 0.4, 0.1],
                      [0.3, 0.4, 0.3],
                      [0.2, 0.1, 0.7]])
log_probs = probs.log().unsqueeze(1)  # (T=3, N=1, C=3), blank = class 0
print(F.ctc_loss(log_probs, torch.tensor([[1, 2]]), (3,), (2,), reduction="sum"))
#> tensor(0.8119)

# Same model with the blank stored last: classes reordered to ("a", "b", blank), labels renumbered.
blank_last = log_probs[:, :, [1, 2, 0]]
print(F.ctc_loss(blank_last, torch.tensor([[0, 1]]), (3,), (2,), blank=2, reduction="sum"))
#> tensor(0.8119)
