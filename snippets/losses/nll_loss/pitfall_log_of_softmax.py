import torch
import torch.nn.functional as F

target = torch.tensor([0])

# softmax underflows to exactly 0 for class 0, and log(0) = -inf: the loss is inf, the gradient nan.
logits = torch.tensor([[0.0, 120.0]], requires_grad=True)
print(torch.softmax(logits, dim=1))
#> tensor([[0., 1.]], grad_fn=<SoftmaxBackward0>)
loss = F.nll_loss(torch.log(torch.softmax(logits, dim=1)), target)
loss.backward()
print(loss, logits.grad)
#> tensor(inf, grad_fn=<NllLossBackward0>) tensor([[nan, nan]])

# log_softmax computes the same quantity stably.
logits.grad = None
loss = F.nll_loss(F.log_softmax(logits, dim=1), target)
loss.backward()
print(loss, logits.grad)
#> tensor(120., grad_fn=<NllLossBackward0>) tensor([[-1.,  1.]])
