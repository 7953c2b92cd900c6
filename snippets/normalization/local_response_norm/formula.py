import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 6, 3, dtype=torch.float64) * 5
alpha, beta, k = 0.5, 0.75, 2.0


def by_hand(x, size, left, right, per_count=False):
    """a_c / (k + alpha / n * sum of a_j^2 over c - left <= j <= c + right) ** beta."""
    C = x.shape[1]
    out = torch.empty_like(x)
    for c in range(C):
        lo, hi = max(0, c - left), min(C - 1, c + right)
        n = hi - lo + 1 if per_count else size  # torch divides by size, even at the borders
        out[:, c] = x[:, c] / (k + alpha / n * x[:, lo:hi + 1].pow(2).sum(dim=1)) ** beta
    return out


# torch's window: size // 2 channels before c and (size - 1) // 2 after it.
print([torch.allclose(F.local_response_norm(x, size, alpha, beta, k), by_hand(x, size, size // 2, (size - 1) // 2))
       for size in (1, 2, 3, 4, 5)])
#> [True, True, True, True, True]
# A window of size // 2 on both sides is wrong for even sizes ...
print(torch.allclose(F.local_response_norm(x, 2, alpha, beta, k), by_hand(x, 2, 1, 1)))
#> False
# ... and so is dividing by the number of channels actually inside the window at the borders.
print(torch.allclose(F.local_response_norm(x, 3, alpha, beta, k), by_hand(x, 3, 1, 1, per_count=True)))
#> False

# size=2, alpha/n = 1, beta = 1, k = 0: b_c = a_c / (a_{c-1}^2 + a_c^2), the channel before and itself.
a = torch.tensor([1.0, 2.0, 3.0, 4.0]).reshape(1, 4, 1)
print(F.local_response_norm(a, size=2, alpha=2.0, beta=1.0, k=0.0).flatten())
#> tensor([1.0000, 0.4000, 0.2308, 0.1600])
