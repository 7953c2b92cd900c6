import torch
import torch.nn.functional as F

T, N, C = 6, 2, 4
log_probs = torch.arange(T * N * C, dtype=torch.float32).reshape(T, N, C).sin().log_softmax(dim=2)
padded = torch.tensor([[1, 2, 2], [3, 1, 0]])  # "abb" and "ca", padded to S = 3
target_lengths = torch.tensor([3, 2])

# The usual call: padded int64 targets.
regular = F.ctc_loss(log_probs, padded, torch.tensor([T, T]), target_lengths)

# The same batch in the form cuDNN documents: concatenated int32 targets, every input length = T,
# int32 lengths (each target length <= 256), float32 log_probs, blank = 0.
targets = torch.cat([padded[n, :target_lengths[n]] for n in range(N)]).int()
input_lengths = torch.full((N,), T, dtype=torch.int32)
cudnn_form = F.ctc_loss(log_probs, targets, input_lengths, target_lengths.int(), blank=0)

print(targets, targets.dtype, log_probs.dtype)
#> tensor([1, 2, 2, 3, 1], dtype=torch.int32) torch.int32 torch.float32
print(regular, cudnn_form)
#> tensor(2.1059) tensor(2.1059)
