import math

import torch
import torch.nn as nn


def orthogonal_(tensor, gain=1, generator=None):
    if tensor.ndimension() < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor
    rows = tensor.size(0)
    cols = tensor.numel() // rows  # trailing dimensions flattened: a conv weight becomes (out, in * k * k)
    flat = torch.randn(rows, cols, generator=generator, dtype=tensor.dtype, device=tensor.device)
    if rows < cols:
        flat = flat.T  # QR of the tall matrix: its Q has orthonormal columns
    q, r = torch.linalg.qr(flat)  # flat = q @ r, r upper triangular
    # QR is unique only up to the signs of r's diagonal: make that diagonal positive, so that q is
    # uniformly distributed over the orthogonal matrices instead of depending on the QR routine
    q = q * torch.diag(r).sign()
    if rows < cols:
        q = q.T  # back to (rows, cols): now the rows are orthonormal
    with torch.no_grad():
        tensor.view_as(q).copy_(q)
        tensor.mul_(gain)
    return tensor


def sparse_(tensor, sparsity, std=0.01, generator=None):
    if tensor.ndimension() != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    rows, cols = tensor.shape
    num_zeros = math.ceil(sparsity * rows)  # the same number of zeros in every column
    with torch.no_grad():
        z = torch.randn(tensor.shape, generator=generator, dtype=tensor.dtype, device=tensor.device)
        tensor.copy_(z * std)
        for col in range(cols):
            # as in torch, the positions come from the global generator, not from `generator`
            zero_rows = torch.randperm(rows)[:num_zeros]
            tensor[zero_rows, col] = 0
    return tensor


# A (3, 5) weight: three orthonormal rows, the same numbers as torch from the same seed.
mine = orthogonal_(torch.empty(3, 5, device="cpu"), generator=torch.Generator().manual_seed(0))
theirs = nn.init.orthogonal_(torch.empty(3, 5, device="cpu"), generator=torch.Generator().manual_seed(0))
print(torch.equal(mine, theirs), torch.allclose(mine @ mine.T, torch.eye(3, device="cpu"), atol=1e-6))
#> True True
# sparse_: seeded alike, the same zeros in each column and the same values.
torch.manual_seed(1)
mine = sparse_(torch.empty(6, 4), 0.5)
torch.manual_seed(1)
theirs = nn.init.sparse_(torch.empty(6, 4), 0.5)
print(torch.equal(mine == 0, theirs == 0), torch.allclose(mine, theirs, rtol=1e-6, atol=0))
#> True True
