import itertools

import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 1.0, 0.0],
                       [0.5, 1.5, 1.0],
                       [0.0, 0.5, 2.0]], requires_grad=True)
log_probs = logits.log_softmax(dim=1)  # unbatched (T=3, C=3)
log_probs.retain_grad()
F.ctc_loss(log_probs, torch.tensor([1, 2]), torch.tensor(3), torch.tensor(2), reduction="sum").backward()


def brute_force(lp):
    # -log of the sum over the 5 alignments of "ab" in 3 frames (see by_hand.py)
    paths = [(0, 1, 2), (1, 0, 2), (1, 1, 2), (1, 2, 0), (1, 2, 2)]
    return -torch.stack([sum(lp[t, c] for t, c in enumerate(path)) for path in paths]).logsumexp(dim=0)


lp = log_probs.detach().clone().requires_grad_()
brute_force(lp).backward()
# The gradient torch returns for log_probs is NOT d loss / d log_probs: it is that plus exp(log_probs).
print(log_probs.grad)
#> tensor([[ 0.0959, -0.1860,  0.0900],
#>         [ 0.1093, -0.2723,  0.1630],
#>         [ 0.0824,  0.1643, -0.2467]])
print(lp.grad)
#> tensor([[-0.5693, -0.4307,  0.0000],
#>         [-0.0770, -0.7787, -0.1442],
#>         [-0.0172,  0.0000, -0.9828]])
print(torch.allclose(log_probs.grad, lp.grad + lp.detach().exp()))
#> True

# Through log_softmax the extra term cancels: the gradient w.r.t. the logits is right.
z = logits.detach().clone().requires_grad_()
brute_force(z.log_softmax(dim=1)).backward()
print(torch.allclose(logits.grad, z.grad), torch.allclose(logits.grad, log_probs.grad))
#> True True
