import torch
import torch.nn.functional as F

counts = torch.tensor([4.0])
rate = torch.tensor([4.0], requires_grad=True)      # the perfect rate for a count of 4

# Correct: a rate goes in with log_input=False; the gradient is 0 at the optimum.
F.poisson_nll_loss(rate, counts, log_input=False).backward()
print(rate.grad)
#> tensor([0.])

# Wrong: the same rate with the default log_input=True is read as log-rate 4 (rate e^4).
rate.grad = None
loss = F.poisson_nll_loss(rate, counts)
loss.backward()
print(loss, rate.grad)
#> tensor(38.5981, grad_fn=<MeanBackward0>) tensor([50.5981])
# Training would push this output to log(4) instead of 4.
x = torch.log(counts).requires_grad_()
F.poisson_nll_loss(x, counts).backward()
print(x.detach(), x.grad)
#> tensor([1.3863]) tensor([0.])
