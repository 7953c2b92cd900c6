import torch
import torch.nn.functional as F

# "aa" needs at least 3 frames: a, blank, a. A repeated label needs a blank between its copies.
probs = torch.tensor([[0.5, 0.4, 0.1],
                      [0.3, 0.4, 0.3]])
log_probs = probs.log().unsqueeze(1)  # T=2 frames only
targets = torch.tensor([[1, 1], [1, 2]])  # "aa" is impossible in 2 frames, "ab" is not
batch = log_probs.expand(2, 2, 3)  # the same frames for both sequences

print(F.ctc_loss(batch, targets, (2, 2), (2, 2), reduction="none"))
#> tensor([   inf, 2.1203])
# One impossible sequence makes the whole batch loss inf.
print(F.ctc_loss(batch, targets, (2, 2), (2, 2), reduction="sum"), F.ctc_loss(batch, targets, (2, 2), (2, 2)))
#> tensor(inf) tensor(inf)

# zero_infinity=True replaces inf by 0 (before the reduction) and zeroes that sequence's gradient.
x = batch.detach().clone().requires_grad_()
loss = F.ctc_loss(x, targets, (2, 2), (2, 2), reduction="none", zero_infinity=True)
print(loss.detach())
#> tensor([0.0000, 2.1203])
loss.sum().backward()
print(x.grad[:, 0])  # sequence "aa"
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(F.ctc_loss(batch, targets, (2, 2), (2, 2), zero_infinity=True))  # (0 / 2 + 2.1203 / 2) / 2
#> tensor(0.5301)
