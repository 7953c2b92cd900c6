"""The from-scratch gelu agrees with torch.nn.functional.gelu over a grid of float64 cases.

Both approximations; 0-d, empty, 1-d to 4-d and non-contiguous inputs; tiny, large and huge
magnitudes; +-inf and nan mixed with ordinary values. Values are compared with nan where torch gives
nan; gradients (under an uneven upstream gradient) wherever torch's gradient is not nan.
"""

import functools

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load

F64 = torch.float64
NAN, INF = float("nan"), float("inf")


@functools.cache
def gelu():
    return load("activations", "gelu")


def randn(seed, shape, scale=1.0):
    return scale * torch.randn(shape, generator=torch.Generator().manual_seed(seed), dtype=F64)


INPUTS = {
    "0d": lambda: torch.tensor(0.7, dtype=F64),
    "0d-zero": lambda: torch.tensor(0.0, dtype=F64),
    "empty": lambda: torch.empty(0, dtype=F64),
    "empty-2d": lambda: torch.empty(3, 0, dtype=F64),
    "1d": lambda: randn(1, (17,)),
    "2d": lambda: randn(2, (4, 5), 3.0),
    "4d": lambda: randn(3, (2, 3, 2, 2)),
    "non-contiguous": lambda: randn(4, (5, 6)).t(),
    "tiny": lambda: torch.tensor([0.0, -0.0, 1e-300, -1e-300, 5e-324, 1e-8, -1e-8], dtype=F64),
    "large": lambda: torch.tensor([6.0, -6.0, 30.0, -30.0, 1e3, -1e3, 1e10, -1e10, 1e300, -1e300], dtype=F64),
    "special": lambda: torch.tensor([-INF, INF, NAN, 0.5, -0.75, 2.0], dtype=F64),
}


@pytest.mark.parametrize("approximate", ["none", "tanh"])
@pytest.mark.parametrize("kind", list(INPUTS))
def test_gelu_matches_torch(kind, approximate):
    x = INPUTS[kind]()
    ours_in = x.clone().requires_grad_()
    ref_in = x.clone().requires_grad_()
    ours = gelu()(ours_in, approximate=approximate)
    ref = F.gelu(ref_in, approximate=approximate)
    assert ours.shape == ref.shape and ours.dtype == ref.dtype
    torch.testing.assert_close(ours, ref, equal_nan=True, rtol=1e-12, atol=1e-300)
    upstream = torch.linspace(0.5, 1.5, x.numel(), dtype=F64).reshape(x.shape)
    (g_ours,) = torch.autograd.grad(ours, ours_in, upstream, allow_unused=True)
    (g_ref,) = torch.autograd.grad(ref, ref_in, upstream, allow_unused=True)
    keep = ~g_ref.isnan()
    torch.testing.assert_close(g_ours[keep], g_ref[keep], rtol=1e-10, atol=1e-300)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16])
def test_gelu_keeps_dtype(dtype):
    x = randn(5, (64,), 3.0).to(dtype)
    for approximate in ["none", "tanh"]:
        ours, ref = gelu()(x, approximate=approximate), F.gelu(x, approximate=approximate)
        assert ours.dtype == ref.dtype
        torch.testing.assert_close(ours.double(), ref.double(), rtol=2e-2, atol=2e-2)


def test_gelu_rejects_unknown_approximation_like_torch():
    x = torch.tensor([1.0])
    with pytest.raises(RuntimeError) as ours:
        gelu()(x, approximate="fast")
    with pytest.raises(RuntimeError) as ref:
        F.gelu(x, approximate="fast")
    assert str(ours.value) == str(ref.value)
