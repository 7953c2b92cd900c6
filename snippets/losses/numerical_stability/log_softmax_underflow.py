import torch
import torch.nn.functional as F

# A gap of 110 between logits: exp(-110) is about 1.7e-48, below the smallest float32 (1.4e-45).
logits = torch.tensor([[0.0, 90.0, 110.0]], requires_grad=True)

print(torch.softmax(logits, dim=1).detach())
#> tensor([[0.0000e+00, 2.0612e-09, 1.0000e+00]])
print(torch.log(torch.softmax(logits, dim=1)).detach())
#> tensor([[-inf, -20.,   0.]])
print(F.log_softmax(logits, dim=1).detach())
#> tensor([[-110.,  -20.,    0.]])

# Target 0 (the underflowed class): log(softmax) gives an infinite loss and nan gradients.
target = torch.tensor([0])
loss = F.nll_loss(torch.log(torch.softmax(logits, dim=1)), target)
grad, = torch.autograd.grad(loss, logits)
print(loss.detach(), grad)
#> tensor(inf) tensor([[nan, nan, nan]])
loss = F.nll_loss(F.log_softmax(logits, dim=1), target)
grad, = torch.autograd.grad(loss, logits)
print(loss.detach(), grad)
#> tensor(110.) tensor([[-1.0000e+00,  2.0612e-09,  1.0000e+00]])

# Target 2 (the winning class): the loss is right, but the -inf in another column still makes
# every gradient nan (0 * inf in the backward of log), so one such sample poisons the whole step.
target = torch.tensor([2])
loss = F.nll_loss(torch.log(torch.softmax(logits, dim=1)), target)
grad, = torch.autograd.grad(loss, logits)
print(loss.detach(), grad)
#> tensor(0.) tensor([[nan, nan, nan]])
grad, = torch.autograd.grad(F.cross_entropy(logits, target), logits)
print(grad)
#> tensor([[0.0000e+00, 2.0612e-09, 0.0000e+00]])

# In a batch, that one row is enough: every entry of the weight gradient is a sum over the batch.
weight = torch.eye(3, requires_grad=True)
features = torch.tensor([[0.0, 90.0, 110.0],
                         [0.5, 0.2, 0.1]])
loss = F.nll_loss(torch.log(torch.softmax(features @ weight, dim=1)), torch.tensor([2, 0]))
grad, = torch.autograd.grad(loss, weight)
print(grad.isnan().all())
#> tensor(True)
