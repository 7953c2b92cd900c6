import torch
import torch.nn.functional as F

# A confidently wrong binary prediction: logit -6, label 1.
logit = torch.tensor([-6.0], requires_grad=True)
label = torch.tensor([1.0])

F.mse_loss(torch.sigmoid(logit), label).backward()
print(logit.grad)  # MSE on a probability: the saturated sigmoid kills the gradient
#> tensor([-0.0049])

logit.grad = None
F.binary_cross_entropy_with_logits(logit, label).backward()
print(logit.grad)
#> tensor([-0.9975])
