import torch
import torch.nn.functional as F

# Two frames cannot emit "aa": a repeated label needs a blank between its copies (3 frames).
log_probs = torch.tensor([[0.5, 0.4, 0.1],
                          [0.3, 0.4, 0.3]]).log().unsqueeze(1)  # (T=2, N=1, C=3)
target = torch.tensor([[1, 1]])
print(F.ctc_loss(log_probs, target, input_lengths=(2,), target_lengths=(2,)))
#> tensor(inf)

# Confirm: each sequence needs at least len(target) + (number of repeated neighbours) frames.
needed = target.shape[1] + (target[:, 1:] == target[:, :-1]).sum(dim=1)
print(needed)
#> tensor([3])

# Fix for training: zero_infinity=True turns such a loss (and its gradient) into 0.
x = log_probs.clone().requires_grad_()
loss = F.ctc_loss(x, target, input_lengths=(2,), target_lengths=(2,), zero_infinity=True)
loss.backward()
print(loss.detach(), torch.isfinite(x.grad).all())
#> tensor(0.) tensor(True)
