import torch
import torch.nn.functional as F


def min_frames(target):  # a target needs one frame per label, plus a blank between equal neighbors
    return len(target) + sum(a == b for a, b in zip(target, target[1:]))


targets = [[1, 2], [1, 1, 2], [2, 2, 2]]          # "ab", "aab", "bbb"
input_lengths = torch.tensor([4, 3, 5])            # after the model's downsampling
needed = torch.tensor([min_frames(t) for t in targets])
print(needed.tolist(), (input_lengths < needed).tolist())  # which samples cannot be aligned
#> [2, 4, 5] [False, True, False]

T, N, C = 5, 3, 3
logits = torch.zeros(T, N, C, requires_grad=True)
padded = torch.tensor([[1, 2, 0], [1, 1, 2], [2, 2, 2]])
target_lengths = torch.tensor([2, 3, 3])

per_sample = F.ctc_loss(logits.log_softmax(2), padded, input_lengths, target_lengths, reduction="none")
print(per_sample)
#> tensor([1.6864,    inf, 5.4931], grad_fn=<CtcLossBackward0>)

loss = F.ctc_loss(logits.log_softmax(2), padded, input_lengths, target_lengths, zero_infinity=True)
loss.backward()
print(loss, torch.isfinite(logits.grad).all().item())
#> tensor(0.8914, grad_fn=<MeanBackward0>) True
