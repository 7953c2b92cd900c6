import torch
import torch.nn.functional as F

# Raw scores instead of distances: y = 1 "loss" is the input itself, so it can be negative
# and has gradient 1 everywhere: training drives those scores to -infinity.
scores = torch.tensor([-0.5, -2.0, 0.7], requires_grad=True)
y = torch.tensor([1.0, 1.0, -1.0])
loss = F.hinge_embedding_loss(scores, y, reduction="none")
print(loss)
#> tensor([-0.5000, -2.0000,  0.3000], grad_fn=<AddBackward0>)
loss.sum().backward()
print(scores.grad)
#> tensor([ 1.,  1., -1.])

# It is not the classic hinge loss max(0, 1 - y * x) on scores:
print((1 - y * scores.detach()).clamp(min=0))
#> tensor([1.5000, 3.0000, 1.7000])
