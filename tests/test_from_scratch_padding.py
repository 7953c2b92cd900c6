"""The from-scratch pad agrees with torch.nn.functional.pad over a grid of float64 cases.

snippets/padding/pad/from_scratch.py defines pad(input, pad, mode="constant", value=None). Every case runs
both on the same float64 input and compares the value (shape, dtype, numbers, NaN where torch gives NaN)
or the exception (type and message) where torch refuses the input, and the gradient with respect to the
input by autograd under an uneven upstream gradient (reflect, replicate and circular copy an element
several times: its gradient is the sum over the copies).

The grid: every mode; pad tuples of 1, 2 and 3 dimension pairs, asymmetric, zero, negative (cropping)
and mixed; batched and unbatched inputs of every rank the modes accept, odd sizes, a 1-element
dimension, an empty batch; constant values (default, 0, 2.5, -inf, NaN) on inputs of any rank, 0-d
included; the refusals: an odd pad length, a pad longer than the input's rank, an unknown mode, a value
with a non-constant mode (0 is accepted), the ranks a non-constant mode refuses, reflect's pad >= size,
circular's wrap past the size, reflect and replicate on empty dimensions, 1-D outputs cropped to nothing.

Left out, because torch's own answer is an internal error rather than a rule: negative padding that
empties a 2-D or 3-D reflect/replicate dimension, and circular padding wider than what is left after
cropping the other side.
"""

import functools
import math
import zlib

import pytest
import torch
import torch.nn.functional as F

from from_scratch_loader import load
from grid_cases import grid

F64 = torch.float64


@functools.cache
def pad():
    return load("padding", "pad", "pad")


def _run(fn, x, args, kwargs):
    leaf = x.detach().clone().requires_grad_()
    try:
        out = fn(leaf, *args, **kwargs)
    except Exception as error:  # noqa: BLE001 - the error itself is compared
        return ("raised", type(error), str(error)), None
    grad = torch.zeros_like(leaf)
    if out.requires_grad and out.numel() > 0:
        upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
        grad = torch.autograd.grad(out, leaf, upstream)[0]
    return out.detach(), grad


def agree(x, args, kwargs):
    ours, ours_grad = _run(pad(), x, args, kwargs)
    ref, ref_grad = _run(F.pad, x, args, kwargs)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        assert ours == ref, f"torch gives {ref}, ours {ours}"
        return
    for what, o, r in [("value", ours, ref), ("input gradient", ours_grad, ref_grad)]:
        assert o.shape == r.shape, f"{what}: shape {tuple(o.shape)} != {tuple(r.shape)}"
        assert o.dtype == r.dtype, f"{what}: dtype {o.dtype} != {r.dtype}"
        torch.testing.assert_close(o, r, rtol=1e-12, atol=0, equal_nan=True, msg=lambda m: f"{what}: {m}")


def data(case_id, shape):
    return torch.randn(shape, generator=torch.Generator().manual_seed(zlib.crc32(case_id.encode())), dtype=F64)


MODES = ("constant", "reflect", "replicate", "circular")
# pad tuples by the number of padded dimensions; every entry is valid for every mode on the shapes below
PADS = {
    1: ((1, 1), (2, 0), (0, 3), (0, 0), (-1, 2), (2, -1), (-1, -1), (-2, 0)),
    2: ((1, 1, 1, 1), (2, 0, 0, 1), (0, 0, 2, 2), (-1, 1, 1, -1), (2, -2, -1, 0), (0, 1, -2, -1)),
    3: ((1, 1, 1, 1, 1, 1), (1, 0, 0, 2, 2, 0), (0, 0, 0, 0, 1, 1), (-1, 0, 1, -1, 0, 2)),
}
SHAPES = {  # n padded dimensions -> shapes a non-constant mode accepts (batched, unbatched, odd, empty batch)
    1: ((2, 3, 5), (3, 4), (1, 2, 7), (0, 2, 5)),
    2: ((2, 2, 4, 5), (3, 5, 4), (1, 1, 3, 7), (0, 2, 4, 4)),
    3: ((1, 2, 3, 4, 5), (2, 4, 3, 5), (0, 1, 3, 3, 4)),
}


@pytest.mark.parametrize("case", grid(
    *(dict(n=(n,), mode=MODES, shape=tuple(range(len(SHAPES[n]))), pad=tuple(range(len(PADS[n])))) for n in PADS),
))
def test_pad_modes(case, request):
    n = case["n"]
    x = data(request.node.callspec.id, SHAPES[n][case["shape"]])
    agree(x, [PADS[n][case["pad"]]], {"mode": case["mode"]})


@pytest.mark.parametrize("case", grid(
    # constant padding works on any rank and pads any number of trailing dimensions, crops included
    dict(shape=((), (5,), (2, 3), (2, 3, 4), (1, 2, 2, 3, 3, 2)), pad=((), (1, 2), (0, -1), (1, -1, 2, 0)),
         value=("default", 0.0, 2.5, -math.inf, math.nan)),
    dict(shape=((2, 3, 4),), pad=((1, 1, 1, 1, 1, 1), (0, -4), (-2, -2), (-3, 1), (0, 0, -3, 0), (1, 0, 0, -4)),
         value=("default",)),
))
def test_pad_constant(case, request):
    x = data(request.node.callspec.id, case["shape"])
    kwargs = {} if case["value"] == "default" else {"value": case["value"]}
    agree(x, [case["pad"]], kwargs)


@pytest.mark.parametrize("case", grid(
    dict(shape=((1, 2, 3),), pad=((1,), (1, 1, 1), (1,) * 8), mode=MODES),  # odd length, longer than the rank allows
    dict(shape=((1, 2, 3),), pad=((1, 1),), mode=("wrap", "zeros", "reflection")),
    dict(shape=((1, 2, 3),), pad=((1, 1),), mode=("reflect", "replicate", "circular"), value=(0.0, 0, 1.0, -1e-300)),
    # ranks the non-constant modes refuse
    dict(shape=((3,), (1, 1, 1, 3), (1, 1, 1, 1, 3)), pad=((1, 1),), mode=("reflect", "replicate", "circular")),
    dict(shape=((3, 3), (1, 1, 1, 3, 3)), pad=((1, 1, 1, 1),), mode=("reflect", "replicate", "circular")),
    dict(shape=((1, 3, 3),), pad=((1, 1, 1, 1, 1, 1),), mode=("reflect", "replicate", "circular")),
    # reflect needs pad < size in every padded dimension; circular needs pad <= size
    dict(shape=((1, 2, 3),), pad=((3, 0), (0, 3), (2, 2), (4, -2)), mode=("reflect", "circular")),
    dict(shape=((1, 2, 3),), pad=((0, 0, 2, 0), (0, 0, 0, 3), (3, 0, 2, 0)), mode=("reflect", "circular")),
    dict(shape=((1, 2, 2, 3),), pad=((0, 0, 0, 0, 2, 0), (0, 0, 2, 0, 0, 0), (3, 0, 0, 0, 0, 0)),
         mode=("reflect", "circular")),
    dict(shape=((2, 3),), pad=((1, 3), (-1, 3)), mode=("reflect",)),
    # empty dimensions
    dict(shape=((1, 1, 0), (1, 0, 3), (0, 2, 3), (2, 0)), pad=((1, 1),), mode=("reflect", "replicate", "circular")),
    dict(shape=((1, 1, 0, 3), (1, 0, 2, 3), (0, 2, 2, 3), (0, 2, 2, 3, 3)), pad=((1, 1, 1, 1, 1, 1), (1, 1, 1, 1)),
         mode=("reflect", "replicate", "circular")),
    # negative padding that empties a 1-D dimension
    dict(shape=((1, 2, 3),), pad=((0, -3), (-2, -1), (-2, -2)), mode=MODES),
))
def test_pad_refusals_and_edges(case, request):
    x = data(request.node.callspec.id, case["shape"])
    kwargs = {"mode": case["mode"]}
    if "value" in case:
        kwargs["value"] = case["value"]
    agree(x, [case["pad"]], kwargs)
