import torch
import torch.nn.functional as F

x = torch.tensor([0.0, -50.0, -200.0], requires_grad=True)
# softmax(x)[2] = exp(-200) underflows float32 to 0, and log(0) = -inf ...
naive = torch.log(F.softmax(x, dim=0))
print(naive)
#> tensor([  0., -50., -inf], grad_fn=<LogBackward0>)
# ... while log_softmax works with x - max - log(sum(exp(x - max))) and never takes log(0).
stable = F.log_softmax(x, dim=0)
print(stable)
#> tensor([   0.,  -50., -200.], grad_fn=<LogSoftmaxBackward0>)
# The gradients: log(softmax) breaks down (0 * inf = nan), log_softmax gives g - softmax * sum(g).
g = torch.tensor([0.0, 0.0, 1.0])
print(torch.autograd.grad(naive, x, g)[0])
#> tensor([nan, nan, nan])
print(torch.autograd.grad(stable, x, g)[0])
#> tensor([-1.0000e+00, -1.9287e-22,  1.0000e+00])
# Large logits: exp(1000) would overflow, log_softmax does not care.
print(F.log_softmax(torch.tensor([1000.0, 1001.0, 1002.0]), dim=0))
#> tensor([-2.4076, -1.4076, -0.4076])
