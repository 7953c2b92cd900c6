import torch
import torch.nn.functional as F

logits = torch.tensor([[[2.0, 1.0, 0.0]],
                       [[0.5, 1.5, 1.0]],
                       [[0.0, 0.5, 2.0]]])
targets, lengths = torch.tensor([[1, 2]]), ((3,), (2,))

# Right: log-probabilities.
print(F.ctc_loss(logits.log_softmax(dim=2), targets, *lengths, reduction="sum"))
#> tensor(0.8309)
# Wrong, and nothing is checked: probabilities (softmax) give a negative "loss" ...
print(F.ctc_loss(logits.softmax(dim=2), targets, *lengths, reduction="sum"))
#> tensor(-2.9918)
# ... and raw logits are read as if they were log-probabilities.
print(F.ctc_loss(logits, targets, *lengths, reduction="sum"))
#> tensor(-6.0633)
