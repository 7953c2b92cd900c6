import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 8, 4, 4, dtype=torch.float64) * 20

# AlexNet (Krizhevsky et al., 2012): b = a / (k + alpha * sum a^2) ** beta, n=5, alpha=1e-4, beta=0.75, k=2.
# The sum is NOT divided by n there.
n, alpha, beta, k = 5, 1e-4, 0.75, 2.0
padded = F.pad(x.pow(2), (0, 0, 0, 0, n // 2, (n - 1) // 2))  # zero channels on both sides
window = sum(padded[:, j:j + x.shape[1]] for j in range(n))
paper = x / (k + alpha * window) ** beta

# torch divides alpha by n, so passing the paper's alpha gives a weaker normalization ...
print(torch.allclose(F.local_response_norm(x, n, alpha=alpha, beta=beta, k=k), paper))
#> False
# ... and alpha * n reproduces the paper.
print(torch.allclose(F.local_response_norm(x, n, alpha=alpha * n, beta=beta, k=k), paper))
#> True
