"""The from-scratch softmax family agrees with torch.nn.functional over a grid of float64 cases.

snippets/activations/{softmax,softmin,log_softmax}/from_scratch.py define functions with the names and
parameters of their torch.nn.functional twins (input, dim=None, _stacklevel=3, dtype=None);
snippets/activations/softmax2d/from_scratch.py defines softmax2d(input), compared with nn.Softmax2d
(torch.nn.functional has no softmax2d). Every case calls both on the same input and compares the values
(nan where torch gives nan) and the gradient with respect to the input, fed an uneven upstream gradient
so that no slice of it is constant (a constant upstream gives softmax a zero gradient).
"""

import functools
import warnings

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load

F64 = torch.float64
NAN, INF = float("nan"), float("inf")
TORCH = {"softmax": F.softmax, "softmin": F.softmin, "log_softmax": F.log_softmax}
NAMES = list(TORCH)


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/activations/<name>/from_scratch.py, loaded without its prints."""
    return load("activations", name)


def randn(seed, shape):
    return torch.randn(shape, generator=torch.Generator().manual_seed(seed), dtype=F64)


def upstream(out):
    if out.dim() == 0:
        return torch.tensor(0.75, dtype=out.dtype)
    return torch.linspace(-1.0, 2.0, out.numel(), dtype=out.dtype).reshape(out.shape)


def check(ours, ref, x, *args, label="", **kwargs):
    """ours and ref agree on x in value, dtype, shape and gradient w.r.t. x (when x is floating).
    Gradients are compared in the less precise of x's dtype and the dtype argument, the dtype they
    were computed in."""
    results = []
    for fn in (ours, ref):
        leaf = x.detach().clone().requires_grad_(x.is_floating_point())
        out = fn(leaf, *args, **kwargs)
        grad = torch.autograd.grad(out, leaf, upstream(out))[0] if leaf.requires_grad else None
        results.append((out.detach(), grad))
    (mine, mine_grad), (theirs, theirs_grad) = results
    assert mine.shape == theirs.shape and mine.dtype == theirs.dtype
    torch.testing.assert_close(mine, theirs, equal_nan=True, msg=lambda m: f"{label}value:\n{m}")
    if mine_grad is not None:
        assert mine_grad.dtype == theirs_grad.dtype == x.dtype
        computed_in = max([x.dtype, kwargs.get("dtype") or x.dtype], key=lambda d: torch.finfo(d).eps)
        # same nan and inf positions, close where both are finite
        torch.testing.assert_close(mine_grad.to(computed_in), theirs_grad.to(computed_in), equal_nan=True,
                                   msg=lambda m: f"{label}gradient:\n{m}")


# ---------------------------------------------------------------------------------------------------
# softmax, softmin, log_softmax: every dim (negative ones too) of inputs from 0-d to 5-d, at scales
# from 1e-300 (all entries equal in effect) to 1e150 (exp of the raw input would overflow)

SHAPES = {"0d": (), "1d": (5,), "2d": (3, 4), "3d": (2, 3, 4), "4d": (2, 3, 2, 2), "5d": (1, 2, 1, 3, 2)}
SCALES = {"x1e-300": 1e-300, "x1": 1.0, "x30": 30.0, "x1e3": 1e3, "x1e150": 1e150}
DIM_GRID = [pytest.param(shape, dim, id=f"{sid}-dim={dim}")
            for sid, shape in SHAPES.items() for dim in range(-max(len(shape), 1), max(len(shape), 1))]


@pytest.mark.parametrize("shape,dim", DIM_GRID)
@pytest.mark.parametrize("name", NAMES)
def test_every_dim(name, shape, dim):
    for label, scale in SCALES.items():
        check(from_scratch(name), TORCH[name], scale * randn(1, shape), dim, label=f"scale {label}: ")


# dtype: the input is cast first (the gradient comes back in the input's dtype)
DTYPES = {  # id: (input dtype, dtype argument)
    "f32-as-f64": (torch.float32, F64),
    "f64-as-f32": (F64, torch.float32),
    "f16-as-f64": (torch.float16, F64),
    "bf16-as-f32": (torch.bfloat16, torch.float32),
    "f64-as-f64": (F64, F64),
    "int64-as-f64": (torch.int64, F64),
    "int32-as-f32": (torch.int32, torch.float32),
}


@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize("dtypes", DTYPES.values(), ids=DTYPES.keys())
@pytest.mark.parametrize("name", NAMES)
def test_dtype_argument(name, dtypes, dim):
    source, target = dtypes
    x = (4 * randn(2, (3, 5))).to(source)
    check(from_scratch(name), TORCH[name], x, dim, dtype=target)


SPECIAL = {  # id: (rows of a (4, 3) float64 input, normalised along dim 1)
    "-inf-partial": [[0.0, 1.0, -INF], [-INF, 2.0, -INF], [3.0, -INF, 3.0], [1.0, 2.0, 3.0]],
    "-inf-all": [[-INF, -INF, -INF], [0.0, 1.0, 2.0], [-INF, -INF, -INF], [-1.0, -INF, 5.0]],
    "+inf": [[0.0, INF, 1.0], [INF, INF, INF], [INF, -INF, 0.0], [1.0, 2.0, 3.0]],
    "nan": [[NAN, 0.0, 1.0], [NAN, NAN, NAN], [NAN, -INF, INF], [1.0, 2.0, 3.0]],
    "huge-gaps": [[1e308, -1e308, 0.0], [-1e308, -1e308, 1e308], [1e200, 0.0, -1e200], [1.0, 2.0, 3.0]],
    "ties-and-zeros": [[0.0, 0.0, 0.0], [5.0, 5.0, -5.0], [-0.0, 0.0, -0.0], [1e-320, 0.0, -1e-320]],
}


@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize("rows", SPECIAL.values(), ids=SPECIAL.keys())
@pytest.mark.parametrize("name", NAMES)
def test_nonfinite_and_extreme(name, rows, dim):
    check(from_scratch(name), TORCH[name], torch.tensor(rows, dtype=F64), dim)


EMPTY = {  # id: (shape, dim)
    "(0,)-dim=0": ((0,), 0),
    "(0,3)-dim=0": ((0, 3), 0),
    "(0,3)-dim=1": ((0, 3), 1),
    "(2,0)-dim=1": ((2, 0), 1),
    "(2,0)-dim=-2": ((2, 0), -2),
    "(2,0,3)-dim=2": ((2, 0, 3), 2),
}


@pytest.mark.parametrize("case", EMPTY.values(), ids=EMPTY.keys())
@pytest.mark.parametrize("name", NAMES)
def test_empty(name, case):
    shape, dim = case
    check(from_scratch(name), TORCH[name], torch.empty(shape, dtype=F64), dim)


def called_without_dim(fn, x):
    """fn(x) with dim=None: the result and the warnings it raised (message, category, file, line)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(x)  # both warn with stacklevel 3: this line
    return out, [(str(w.message), w.category, w.filename, w.lineno) for w in caught]


@pytest.mark.parametrize("ndim", range(6))
@pytest.mark.parametrize("name", NAMES)
def test_implicit_dim(name, ndim):
    x = randn(3, (2, 3, 2, 3, 2)[:ndim])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(from_scratch(name), TORCH[name], x)  # the same dim is picked
    mine, mine_warnings = called_without_dim(from_scratch(name), x)
    theirs, theirs_warnings = called_without_dim(TORCH[name], x)
    assert len(theirs_warnings) == 1 and mine_warnings == theirs_warnings
    expected_dim = 0 if ndim in (0, 1, 3) else 1
    torch.testing.assert_close(mine, TORCH[name](x, expected_dim))


@pytest.mark.parametrize("shape,dim", [((), 1), ((), -2), ((3,), 1), ((2, 3), 2), ((2, 3), -3), ((0, 3), 5)])
@pytest.mark.parametrize("name", NAMES)
def test_dim_out_of_range(name, shape, dim):
    messages = []
    for fn in (from_scratch(name), TORCH[name]):
        with pytest.raises(IndexError) as error:
            fn(torch.zeros(shape, dtype=F64), dim)
        messages.append(str(error.value))
    assert messages[0] == messages[1]


# ---------------------------------------------------------------------------------------------------
# softmax2d against nn.Softmax2d: (C, H, W) and (N, C, H, W), over the channel dim -3

SOFTMAX2D_INPUTS = {
    "chw": lambda: randn(4, (3, 2, 4)),
    "nchw": lambda: randn(4, (2, 3, 2, 4)),
    "one-channel": lambda: randn(4, (2, 1, 3, 3)),
    "x1e3": lambda: 1e3 * randn(4, (2, 3, 2, 2)),
    "x1e150": lambda: 1e150 * randn(4, (2, 3, 2, 2)),
    "specials": lambda: torch.tensor([[[0.0, -INF, -INF, NAN, INF, 1e308]],
                                      [[0.0, 0.0, -INF, 1.0, 1.0, -1e308]]], dtype=F64),
    "empty-batch": lambda: torch.empty(0, 3, 2, 2, dtype=F64),
    "empty-height": lambda: torch.empty(3, 0, 2, dtype=F64),
    "empty-channels": lambda: torch.empty(2, 0, 2, 2, dtype=F64),
}


@pytest.mark.parametrize("make", SOFTMAX2D_INPUTS.values(), ids=SOFTMAX2D_INPUTS.keys())
def test_softmax2d(make):
    check(from_scratch("softmax2d"), nn.Softmax2d(), make())


@pytest.mark.parametrize("shape", [(), (4,), (3, 4), (1, 2, 3, 4, 5)])
def test_softmax2d_rejects_other_ranks(shape):
    messages = []
    for fn in (from_scratch("softmax2d"), nn.Softmax2d()):
        with pytest.raises(ValueError) as error:
            fn(torch.zeros(shape, dtype=F64))
        messages.append(str(error.value))
    assert messages[0] == messages[1]
