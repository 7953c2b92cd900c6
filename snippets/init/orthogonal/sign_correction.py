import torch
import torch.nn as nn

# orthogonal_ on a (5, 3) tensor: QR of a (5, 3) standard normal matrix A.
a = torch.randn(5, 3, generator=torch.Generator().manual_seed(0), dtype=torch.float64, device="cpu")
q, r = torch.linalg.qr(a)
print(torch.diag(r).sign())  # the QR routine leaves some diagonal entries negative
#> tensor([-1.,  1.,  1.], dtype=torch.float64)

# Gram-Schmidt on the columns of A gives the Q whose R has a positive diagonal.
columns = []
for v in a.T:
    for u in columns:
        v = v - (u @ v) * u
    columns.append(v / v.norm())
gram_schmidt = torch.stack(columns, dim=1)
w = nn.init.orthogonal_(torch.empty(5, 3, dtype=torch.float64, device="cpu"),
                        generator=torch.Generator().manual_seed(0))
print(torch.allclose(w, gram_schmidt), torch.allclose(w, q))
#> True False
