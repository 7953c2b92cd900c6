import torch
import torch.nn.functional as F

# An example: raw scores for 3 classes, true class 2.
x = torch.tensor([-1.233, 2.657, 0.534])
print(F.nll_loss(x, torch.tensor(2)))
#> tensor(-0.5340)
# A negative NLL is impossible for log-probabilities (log p <= 0 gives -log p >= 0):
# x was raw scores. Turn them into log-probabilities first.
print(F.nll_loss(x.log_softmax(dim=0), torch.tensor(2)))
#> tensor(2.2541)

# A positive result does not prove the input right: these scores are not
# log-probabilities either (exp sums to about 0.5), yet the "loss" is positive.
print(F.nll_loss(torch.tensor([[-2.0, -1.0]]), torch.tensor([0])))
#> tensor(2.)

# Passing softmax probabilities instead of their log: no error, the "loss" is -p.
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])
print(F.nll_loss(logits.softmax(dim=1), target))
#> tensor(-0.5764)
print(F.nll_loss(logits.log_softmax(dim=1), target))
#> tensor(0.6216)
