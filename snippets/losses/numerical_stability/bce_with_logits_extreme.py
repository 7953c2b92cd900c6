import torch
import torch.nn.functional as F

# Confidently wrong logits: very negative for target 1, very positive for target 0.
logits = torch.tensor([-1000.0, -100.0, 100.0, 1000.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 0.0, 0.0])

# BCEWithLogitsLoss: loss = |x| here, gradient sigmoid(x) - y = -1 or +1.
fused = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
grad, = torch.autograd.grad(fused.sum(), logits)
print(fused.detach(), grad)
#> tensor([1000.,  100.,  100., 1000.]) tensor([-1., -1.,  1.,  1.])

# Sigmoid + BCELoss: sigmoid is exactly 0 or 1, BCELoss clamps at 100, and the gradient
# through the saturated sigmoid is 0: the worst samples stop learning.
probs = torch.sigmoid(logits)
split = F.binary_cross_entropy(probs, target, reduction="none")
grad, = torch.autograd.grad(split.sum(), logits)
print(probs.detach(), split.detach(), grad)
#> tensor([0., 0., 1., 1.]) tensor([100., 100., 100., 100.]) tensor([-0., -0., 0., 0.])

# pos_weight keeps the fused form stable: 3 * 1000 for the first element.
print(F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor(3.0), reduction="none").detach())
#> tensor([3000.,  300.,  100., 1000.])
