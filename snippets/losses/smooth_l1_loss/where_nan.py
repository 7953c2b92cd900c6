import torch

# A naive torch.where version with beta = 0: the unselected branch 0.5 * d * d / 0
# still takes part in the backward pass, and 0 * inf turns every gradient into nan.
d = torch.tensor([0.0, 1.0, -2.0], requires_grad=True)
beta = 0.0
loss = torch.where(d.abs() < beta, 0.5 * d * d / beta, d.abs() - 0.5 * beta)
loss.sum().backward()
print(loss.detach(), d.grad)
#> tensor([0., 1., 2.]) tensor([nan, nan, nan])
