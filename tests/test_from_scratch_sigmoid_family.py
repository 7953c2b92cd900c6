"""The from-scratch sigmoid-family activations agree with torch.nn.functional over a grid of cases.

Each snippets/activations/<name>/from_scratch.py defines a function with the name and the parameters
of its torch.nn.functional twin: sigmoid, tanh, logsigmoid, softsign, softplus(beta, threshold) and
mish(inplace). Every case calls both on the same float64 input and compares the output (shape, dtype,
values, nan where torch gives nan, +-inf where torch gives +-inf, the sign of zeros) and the autograd
gradient with respect to the input under an uneven upstream gradient, so that each element counts on
its own. Inputs: 0-d and empty tensors, 1-d to 4-d and non-contiguous tensors, tiny, large and huge
magnitudes, +-inf and nan mixed with ordinary values.
"""

import functools
import math

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load

F64 = torch.float64
NAN, INF = float("nan"), float("inf")
UNARY = ["sigmoid", "tanh", "logsigmoid", "softsign", "softplus", "mish"]


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/activations/<name>/from_scratch.py, loaded without its prints."""
    return load("activations", name)


def generator(seed):
    return torch.Generator().manual_seed(seed)


def randn(seed, shape, scale=1.0):
    return scale * torch.randn(shape, generator=generator(seed), dtype=F64)


def tensor(values):
    return torch.tensor(values, dtype=F64)


TINY = [0.0, -0.0, 1e-300, -1e-300, 5e-324, -5e-324, 1e-12, -1e-12, 1e-8, -1e-8]
LARGE = [30.0, -30.0, 100.0, -100.0, 700.0, -700.0, 710.0, -710.0, 746.0, -746.0,
         1e10, -1e10, 1e300, -1e300, 1.7e308, -1.7e308]
SPECIAL = [-INF, INF, NAN, 0.5, -INF, 2.0, NAN, -3.0, INF]

INPUTS = {
    "0d": lambda: tensor(0.7),
    "0d-negative": lambda: tensor(-2.5),
    "0d-zero": lambda: tensor(0.0),
    "0d-inf": lambda: tensor(-INF),
    "0d-nan": lambda: tensor(NAN),
    "empty": lambda: torch.empty(0, dtype=F64),
    "empty-2d": lambda: torch.empty(3, 0, dtype=F64),
    "grid": lambda: torch.linspace(-40, 40, 801, dtype=F64),
    "1d": lambda: randn(1, (17,), 4.0),
    "2d": lambda: randn(2, (5, 7), 6.0),
    "3d": lambda: randn(3, (2, 3, 4), 10.0),
    "4d": lambda: randn(4, (2, 1, 3, 5), 3.0),
    "non-contiguous": lambda: randn(5, (6, 4), 5.0).t(),
    "tiny": lambda: tensor(TINY),
    "large": lambda: tensor(LARGE),
    "special": lambda: tensor(SPECIAL),
    "special-2d": lambda: tensor(SPECIAL[:8]).reshape(2, 4),
}


def upstream(out):
    """The gradient fed into backward: uneven, so that every element counts on its own."""
    if out.dim() == 0:
        return torch.tensor(0.75, dtype=out.dtype)
    return torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)


def run(fn, x, **kwargs):
    """fn(x, **kwargs) and its gradient w.r.t. x."""
    leaf = x.detach().clone().requires_grad_()
    out = fn(leaf, **kwargs)
    (g,) = torch.autograd.grad(out, leaf, upstream(out))
    return out.detach(), g


def assert_same(mine, theirs, what, signed_zeros=False):
    assert mine.shape == theirs.shape, f"{what}: shape {tuple(mine.shape)} != torch's {tuple(theirs.shape)}"
    assert mine.dtype == theirs.dtype, f"{what}: dtype {mine.dtype} != torch's {theirs.dtype}"
    # same nan and +-inf positions, close where both are finite
    torch.testing.assert_close(mine, theirs, equal_nan=True, msg=lambda m: f"{what}:\n{m}")
    if signed_zeros:
        zeros = (theirs == 0) & (mine == 0)
        assert torch.equal(mine[zeros].signbit(), theirs[zeros].signbit()), f"{what}: signs of zeros differ"


def check(name, x, **kwargs):
    ours_value, ours_grad = run(from_scratch(name), x, **kwargs)
    ref_value, ref_grad = run(getattr(F, name), x, **kwargs)
    assert_same(ours_value, ref_value, "value", signed_zeros=True)
    assert_same(ours_grad, ref_grad, "gradient")


# ---------------------------------------------------------------------------------------------------
# the parameterless functions (and softplus, mish at their defaults)

@pytest.mark.parametrize("case", INPUTS)
@pytest.mark.parametrize("name", UNARY)
def test_default_arguments(name, case):
    check(name, INPUTS[case]())


@pytest.mark.parametrize("name", UNARY)
def test_float32(name):
    """float32 overflows much earlier (exp(89) = inf): the stable forms must still agree."""
    values = TINY[:4] + [10.0, -10.0, 17.0, -17.0, 50.0, -50.0, 88.0, -88.0, 89.0, -89.0,
                         104.0, -104.0, 1e30, -1e30, 3e38, -3e38] + SPECIAL
    x = torch.cat([torch.linspace(-120, 120, 961), torch.tensor(values)])
    check(name, x)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16], ids=str)
@pytest.mark.parametrize("name", UNARY)
def test_reduced_precision_keeps_dtype(name, dtype):
    """PyTorch computes these in float32 and rounds once; the from-scratch functions round at every
    step, so values are compared to a few units in the last place of the dtype."""
    x = torch.linspace(-12, 12, 97).to(dtype)
    ours, theirs = from_scratch(name)(x), getattr(F, name)(x)
    assert ours.dtype == theirs.dtype == dtype
    eps = torch.finfo(dtype).eps
    torch.testing.assert_close(ours.float(), theirs.float(), rtol=4 * eps, atol=4 * eps)


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "softsign"])
def test_integer_input(name):
    """torch promotes integer (and, except softsign, bool) tensors to the default float dtype."""
    ints = torch.tensor([[-5, -1, 0], [1, 2, 40]])
    assert_same(from_scratch(name)(ints), getattr(F, name)(ints), "integer input")
    if name != "softsign":  # abs() is not implemented for bool, in both
        mask = ints > 0
        assert_same(from_scratch(name)(mask), getattr(F, name)(mask), "bool input")


@pytest.mark.parametrize("name", ["logsigmoid", "softplus", "mish"])
def test_integer_input_is_rejected_by_torch(name):
    """The kernels of these three reject integer tensors, so the grid does not extend to them."""
    with pytest.raises(NotImplementedError, match="not implemented for 'Long'"):
        getattr(F, name)(torch.tensor([1, 2]))


@pytest.mark.parametrize("name", UNARY)
def test_second_derivative(name):
    """The from-scratch graphs are differentiable twice, like PyTorch's backward formulas."""
    x = torch.linspace(-6, 6, 49, dtype=F64)
    seconds = []
    for fn in (from_scratch(name), getattr(F, name)):
        leaf = x.clone().requires_grad_()
        (g,) = torch.autograd.grad(fn(leaf).sum(), leaf, create_graph=True)
        (gg,) = torch.autograd.grad(g.sum(), leaf)
        seconds.append(gg)
    torch.testing.assert_close(*seconds)


# ---------------------------------------------------------------------------------------------------
# softplus: beta and threshold

BETAS = {"1": 1, "1.0": 1.0, "2": 2, "0.5": 0.5, "3.7": 3.7, "100": 100.0, "-1": -1.0, "-2.5": -2.5,
         "0": 0.0, "True": True}
THRESHOLDS = {"20": 20, "20.0": 20.0, "1": 1.0, "0.5": 0.5, "0": 0.0, "-5": -5.0, "50": 50.0,
              "1000": 1000.0, "inf": INF, "-inf": -INF, "nan": NAN}
SOFTPLUS_INPUTS = ["0d", "0d-negative", "empty-2d", "3d", "non-contiguous"]


def boundary(beta, threshold):
    """Inputs whose beta * x lands on, just below and just above the threshold."""
    if beta == 0 or not math.isfinite(threshold):
        return torch.empty(0, dtype=F64)
    at = tensor(threshold / beta)
    return torch.stack([at, torch.nextafter(at, tensor(-INF)), torch.nextafter(at, tensor(INF)),
                        at - 1e-3, at + 1e-3])


@pytest.mark.parametrize("threshold", THRESHOLDS.values(), ids=THRESHOLDS.keys())
@pytest.mark.parametrize("beta", BETAS.values(), ids=BETAS.keys())
def test_softplus_parameters(beta, threshold):
    for case in SOFTPLUS_INPUTS:
        check("softplus", INPUTS[case](), beta=beta, threshold=threshold)
    # the 1-d cases in one call: grid, tiny, large, special and the threshold boundary
    values = torch.cat([INPUTS[case]() for case in ("grid", "tiny", "large", "special")] + [boundary(beta, threshold)])
    check("softplus", values, beta=beta, threshold=threshold)


def test_softplus_positional_parameters():
    x = INPUTS["grid"]()
    assert_same(from_scratch("softplus")(x, 2, 10), F.softplus(x, 2, 10), "positional beta, threshold")


# ---------------------------------------------------------------------------------------------------
# mish: inplace

@pytest.mark.parametrize("case", ["0d", "empty-2d", "grid", "3d", "non-contiguous", "tiny", "large", "special"])
def test_mish_inplace_on_an_intermediate(case):
    """Both overwrite the input, return it, and still give the out-of-place gradient."""
    x = INPUTS[case]()
    results = []
    for fn in (from_scratch("mish"), F.mish):
        leaf = x.clone().requires_grad_()
        intermediate = leaf * 1
        out = fn(intermediate, inplace=True)
        assert out is intermediate
        (g,) = torch.autograd.grad(out, leaf, upstream(out))
        results.append((out.detach(), g))
    (ours_value, ours_grad), (ref_value, ref_grad) = results
    assert_same(ours_value, ref_value, "value")
    assert_same(ours_grad, ref_grad, "gradient")
    out_of_place, _ = run(F.mish, x)
    assert_same(ours_value, out_of_place, "inplace=True against inplace=False")


def test_mish_inplace_without_autograd():
    x = INPUTS["3d"]()
    ours, theirs = x.clone(), x.clone()
    assert from_scratch("mish")(ours, inplace=True) is ours
    assert F.mish(theirs, inplace=True) is theirs
    assert_same(ours, theirs, "overwritten input")


def test_mish_inplace_errors_match():
    """A leaf that requires grad is refused; overwriting a tensor saved for backward fails in backward."""
    messages = []
    for fn in (from_scratch("mish"), F.mish):
        with pytest.raises(RuntimeError, match="a leaf Variable that requires grad") as leaf_error:
            fn(tensor([1.0, -2.0]).requires_grad_(), inplace=True)
        leaf = tensor([-1.0, 0.0, 2.0]).requires_grad_()
        saved = torch.exp(leaf)
        fn(saved, inplace=True)
        with pytest.raises(RuntimeError, match="modified by an inplace operation") as saved_error:
            saved.sum().backward()
        messages.append((str(leaf_error.value), str(saved_error.value)))
    assert messages[0] == messages[1]
