import torch
import torch.nn.functional as F

# N=2 sequences of T=3 frames: targets "ab" (length 2) and "a" (length 1, padded).
probs = torch.tensor([[[0.5, 0.4, 0.1], [0.6, 0.3, 0.1]],
                      [[0.3, 0.4, 0.3], [0.2, 0.7, 0.1]],
                      [[0.2, 0.1, 0.7], [0.5, 0.2, 0.3]]])
log_probs = probs.log()
targets = torch.tensor([[1, 2], [1, 0]])
input_lengths = torch.tensor([3, 3])
target_lengths = torch.tensor([2, 1])

per_sample = F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction="none")
print(per_sample)
#> tensor([0.8119, 0.7032])
print(F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction="sum"))
#> tensor(1.5151)
# 'mean' divides each loss by its target length first, then averages over the batch.
print(F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction="mean"))
#> tensor(0.5546)
print((per_sample / target_lengths).mean(), per_sample.mean())
#> tensor(0.5546) tensor(0.7576)
