import math

import torch
import torch.nn.functional as F

probs = torch.tensor([[[0.5, 0.4, 0.1], [0.6, 0.3, 0.1]],
                      [[0.3, 0.4, 0.3], [0.2, 0.7, 0.1]],
                      [[0.2, 0.1, 0.7], [0.5, 0.2, 0.3]]])
log_probs = probs.log().requires_grad_()
targets = torch.tensor([[1, 2], [1, 0]])
target_lengths = torch.tensor([2, 1])

# Sequence 1 is only 2 frames long: frame t=2 of that sequence is padding.
loss = F.ctc_loss(log_probs, targets, torch.tensor([3, 2]), target_lengths, reduction="none")
print(loss.detach())
#> tensor([0.8119, 0.3711])
# By hand: the 3 paths of "a" in 2 frames are (blank, a), (a, blank) and (a, a).
p = 0.6 * 0.7 + 0.3 * 0.2 + 0.3 * 0.7
print(round(p, 4), round(-math.log(p), 4))
#> 0.69 0.3711
loss.sum().backward()
print(log_probs.grad[:, 1])  # the padding frame gets no gradient
#> tensor([[-0.0087, -0.0913,  0.1000],
#>         [ 0.1130, -0.2130,  0.1000],
#>         [ 0.0000,  0.0000,  0.0000]])

# Changing the padding frame changes nothing.
other = log_probs.detach().clone()
other[2, 1] = torch.tensor([0.9, 0.05, 0.05]).log()
print(F.ctc_loss(other, targets, torch.tensor([3, 2]), target_lengths, reduction="none"))
#> tensor([0.8119, 0.3711])
