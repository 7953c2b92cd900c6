import torch
import torch.nn.functional as F

torch.manual_seed(0)
x1, x2 = torch.randn(5, 2, dtype=torch.float64), torch.randn(5, 3, dtype=torch.float64)
A, b = torch.randn(4, 2, 3, dtype=torch.float64), torch.randn(4, dtype=torch.float64)

# y[n, k] = sum_ij x1[n, i] A[k, i, j] x2[n, j] + b[k]
print(torch.allclose(F.bilinear(x1, x2, A, b), torch.einsum("ni,kij,nj->nk", x1, A, x2) + b))
#> True
# It is linear in each input separately: output k is the quadratic form x1^T A_k x2.
print(torch.allclose(F.bilinear(2 * x1, x2, A), 2 * F.bilinear(x1, x2, A)))
#> True
# ... but not in the pair: doubling both inputs multiplies the output by 4.
print(torch.allclose(F.bilinear(2 * x1, 2 * x2, A), 4 * F.bilinear(x1, x2, A)))
#> True

# Gradient with respect to x1: dy_k/dx1 = A_k x2, so summing over k gives sum_k A_k x2.
x1.requires_grad_()
F.bilinear(x1, x2, A, b).sum().backward()
print(torch.allclose(x1.grad, torch.einsum("kij,nj->ni", A, x2)))
#> True

# einsum with "..." computes the same form and, unlike F.bilinear, broadcasts the leading dimensions.
x1_one = torch.randn(1, 2, dtype=torch.float64)
print(torch.einsum("...i,kij,...j->...k", x1_one, A, x2).shape)
#> torch.Size([5, 4])
print(torch.allclose(torch.einsum("...i,kij,...j->...k", x1_one, A, x2), F.bilinear(x1_one.expand(5, 2), x2, A)))
#> True
