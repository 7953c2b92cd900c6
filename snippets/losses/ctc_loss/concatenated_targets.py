import torch
import torch.nn.functional as F

probs = torch.tensor([[[0.5, 0.4, 0.1], [0.6, 0.3, 0.1]],
                      [[0.3, 0.4, 0.3], [0.2, 0.7, 0.1]],
                      [[0.2, 0.1, 0.7], [0.5, 0.2, 0.3]]])
log_probs = probs.log()
input_lengths = torch.tensor([3, 3])
target_lengths = torch.tensor([2, 1])

# Padded (N, S): row n holds its target_lengths[n] labels, the rest is never read.
padded = F.ctc_loss(log_probs, torch.tensor([[1, 2], [1, 0]]), input_lengths, target_lengths, reduction="none")
other_padding = F.ctc_loss(log_probs, torch.tensor([[1, 2], [1, 2]]), input_lengths, target_lengths, reduction="none")
# Concatenated 1-D: "ab" + "a", split by target_lengths; its length is sum(target_lengths).
concatenated = F.ctc_loss(log_probs, torch.tensor([1, 2, 1]), input_lengths, target_lengths, reduction="none")
print(padded, other_padding, concatenated)
#> tensor([0.8119, 0.7032]) tensor([0.8119, 0.7032]) tensor([0.8119, 0.7032])

# Lengths may also be tuples of ints, and targets int32 instead of int64.
print(F.ctc_loss(log_probs, torch.tensor([1, 2, 1], dtype=torch.int32), (3, 3), (2, 1), reduction="none"))
#> tensor([0.8119, 0.7032])
