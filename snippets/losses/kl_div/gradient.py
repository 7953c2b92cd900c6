import torch
import torch.nn.functional as F

p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])

# Gradient with respect to the input (log Q): -target.
log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1).requires_grad_()
F.kl_div(log_q, p, reduction="sum").backward()
print(log_q.grad)
#> tensor([[-0.7000, -0.2000, -0.1000],
#>         [-0.1000, -0.3000, -0.6000]])

# Through log_softmax, the gradient on the logits is softmax(z) - p ...
z = torch.tensor([[1.0, 0.0, -1.0],
                  [0.5, 0.5, 2.0]], requires_grad=True)
F.kl_div(F.log_softmax(z, dim=1), p, reduction="sum").backward()
print(z.grad)
#> tensor([[-0.0348,  0.0447, -0.0100],
#>         [ 0.0543, -0.1457,  0.0914]])
print(z.detach().softmax(dim=1) - p)
#> tensor([[-0.0348,  0.0447, -0.0100],
#>         [ 0.0543, -0.1457,  0.0914]])
# ... the same gradient as cross_entropy with probability targets.
z2 = z.detach().clone().requires_grad_()
F.cross_entropy(z2, p, reduction="sum").backward()
print(torch.allclose(z.grad, z2.grad))
#> True
