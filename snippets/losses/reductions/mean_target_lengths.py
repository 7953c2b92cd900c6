import torch
import torch.nn.functional as F

logits = torch.tensor([[[2.0, 1.0, 0.0], [0.5, 0.5, 0.5], [1.0, 0.0, 0.0]],
                       [[0.5, 1.5, 1.0], [0.0, 2.0, 0.0], [2.0, 0.0, 0.5]],
                       [[0.0, 0.5, 2.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]],
                       [[1.0, 1.0, 0.0], [0.5, 0.0, 1.5], [0.0, 0.0, 0.0]]])  # (T=4, N=3, C=3)
log_probs = logits.log_softmax(dim=2)
targets = torch.tensor([[1, 2, 1],
                        [2, 0, 0],
                        [0, 0, 0]])
input_lengths = torch.tensor([4, 4, 3])
target_lengths = torch.tensor([3, 1, 0])   # the third target is empty

none = F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction="none")
print(none)
#> tensor([1.6377, 3.0694, 2.4092])
print(F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction="sum"), none.sum())
#> tensor(7.1163) tensor(7.1163)
# 'mean': each loss divided by its target length (an empty target counts as 1), then the batch mean.
print(F.ctc_loss(log_probs, targets, input_lengths, target_lengths),
      (none / target_lengths.clamp(min=1)).mean(), none.mean())
#> tensor(2.0082) tensor(2.0082) tensor(2.3721)
