"""The from-scratch clip_grad_norm_ and clip_grad_value_ agree with torch.nn.utils.

snippets/grad_utils/clip_grad/from_scratch.py defines both with the parameters of torch.nn.utils. They
change gradients in place and are not differentiated themselves, so each case builds two identical sets
of float64 parameters with gradients, runs ours on one and torch's on the other, and checks

* the returned total norm of clip_grad_norm_ (value, shape, dtype; NaN where torch's is NaN), or the
  same exception (type and message) where torch refuses (error_if_nonfinite);
* every gradient afterwards, element by element (NaN where torch's is NaN), and that gradients that
  were None stay None;
* the warnings (the empty generator) and that clip_grad_value_ returns None.

One deliberate difference: given no gradient at all (an empty list, or parameters before the first
backward), torch 2.13's clip_grad_value_ raises an internal RuntimeError ("Expected
!nested_tensorlist[0].empty() to be true") while clip_grad_norm_ returns 0; the from-scratch
clip_grad_value_ does nothing there, and the grid checks exactly that.

The grid: the parameter container (one tensor, a list, a generator, a list with a parameter without a
gradient, a 0-d parameter, an empty parameter, an empty list and an empty generator, float32 next to
float64), the gradient data (small enough to stay unchanged, large, zeros, holding NaN or +-inf),
norm_type (0.5, 1, 2, 3, inf, -inf, 0), max_norm (0, 0.5, 1, 1e6), error_if_nonfinite, foreach
(None, True, False); clip_value (0, 0.1, 1, 1e6, and a negative one) for clip_grad_value_.
"""

import functools
import math
import warnings
import zlib

import pytest
import torch
import torch.nn as nn

from from_scratch_loader import load
from grid_cases import grid

F64 = torch.float64


@functools.cache
def ours(name):
    return load("grad_utils", "clip_grad", name)


SHAPES = {  # parameter shapes; None: a parameter without a gradient
    "one_tensor": [(3, 4)], "list": [(3, 4), (5,), (2, 2, 2)], "generator": [(3, 4), (5,)],
    "with_none": [(3, 4), None, (5,)], "0d": [(), (3,)], "empty_param": [(0, 3), (4,)],
    "empty_list": [], "empty_generator": [], "all_none": [None, None], "mixed_dtypes": [(3, 4), (5,)],
}


def parameters(case_id, layout, data):
    """Two identical lists of parameters with gradients: one for ours, one for torch's."""
    g = torch.Generator().manual_seed(zlib.crc32(case_id.encode()))
    made = []
    for k, shape in enumerate(SHAPES[layout]):
        dtype = torch.float32 if layout == "mixed_dtypes" and k == 1 else F64
        p = nn.Parameter(torch.zeros(shape if shape is not None else (2,), dtype=dtype))
        if shape is not None:
            grad = torch.randn(shape, generator=g, dtype=F64) * {"small": 0.01, "large": 10.0}.get(data, 1.0)
            if data == "zeros":
                grad.zero_()
            if data in ("nan", "inf") and grad.numel() > 0 and k == 0:
                grad.view(-1)[0] = math.nan if data == "nan" else math.inf
                if data == "inf" and grad.numel() > 1:
                    grad.view(-1)[1] = -math.inf
            p.grad = grad.to(dtype)
        made.append(p)
    copy = []
    for p in made:
        q = nn.Parameter(p.detach().clone())
        q.grad = None if p.grad is None else p.grad.clone()
        copy.append(q)
    return made, copy


def container(params, layout):
    if layout == "one_tensor":
        return params[0]
    if layout in ("generator", "empty_generator"):
        return (p for p in params)
    return params


def call(fn, params, layout, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fn(container(params, layout), *args, **kwargs)
        except Exception as error:  # noqa: BLE001 - the error itself is compared
            result = ("raised", type(error), str(error))
    return result, [(w.category.__name__, str(w.message)) for w in caught]


def assert_same(mine, ref, what):
    assert mine.shape == ref.shape and mine.dtype == ref.dtype, f"{what}: {mine.shape} {mine.dtype} != {ref.shape} {ref.dtype}"
    torch.testing.assert_close(mine, ref, rtol=1e-12, atol=1e-300, equal_nan=True, msg=lambda m: f"{what}: {m}")


def assert_same_gradients(mine, theirs):
    for k, (p, q) in enumerate(zip(mine, theirs)):
        if q.grad is None:
            assert p.grad is None, f"parameter {k}: torch leaves no gradient, ours has one"
        else:
            assert_same(p.grad, q.grad, f"gradient of parameter {k}")


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(SHAPES), data=("randn",), norm_type=(2.0,), max_norm=(0.5,), error=(False,), foreach=(None,)),
    dict(layout=("list",), data=("small", "randn", "large", "zeros", "nan", "inf"),
         norm_type=(0.5, 1.0, 2.0, 3.0, math.inf, -math.inf, 0.0), max_norm=(0.0, 0.5, 1e6), error=(False, True),
         foreach=(None,)),
    dict(layout=("list", "with_none", "mixed_dtypes", "one_tensor"), data=("randn", "inf"),
         norm_type=(2.0, math.inf), max_norm=(1.0,), error=(False, True), foreach=(None, True, False)),
))
def test_clip_grad_norm_(case, request):
    case_id = request.node.callspec.id
    mine, theirs = parameters(case_id, case["layout"], case["data"])
    args = (case["max_norm"],)
    kwargs = dict(norm_type=case["norm_type"], error_if_nonfinite=case["error"], foreach=case["foreach"])
    my_total, my_warnings = call(ours("clip_grad_norm_"), mine, case["layout"], *args, **kwargs)
    total, their_warnings = call(torch.nn.utils.clip_grad_norm_, theirs, case["layout"], *args, **kwargs)
    assert [m for _, m in my_warnings] == [m for _, m in their_warnings], f"{my_warnings} != {their_warnings}"
    if isinstance(total, tuple) or isinstance(my_total, tuple):
        assert my_total == total, f"torch gives {total}, ours {my_total}"
        assert_same_gradients(mine, theirs)  # nothing was changed
        return
    assert_same(my_total, total, "total norm")
    assert_same_gradients(mine, theirs)


@pytest.mark.parametrize("case", grid(
    dict(layout=("one_tensor", "list", "generator", "with_none", "0d", "empty_param", "empty_list", "all_none",
                 "mixed_dtypes"),
         data=("randn", "large", "nan", "inf"), clip_value=(0.0, 0.1, 1.0, 1e6, -0.5), foreach=(None, True, False)),
))
def test_clip_grad_value_(case, request):
    case_id = request.node.callspec.id
    mine, theirs = parameters(case_id, case["layout"], case["data"])
    my_result, my_warnings = call(ours("clip_grad_value_"), mine, case["layout"], case["clip_value"],
                                  foreach=case["foreach"])
    result, their_warnings = call(torch.nn.utils.clip_grad_value_, theirs, case["layout"], case["clip_value"],
                                  foreach=case["foreach"])
    if not any(p.grad is not None for p in theirs):  # torch's internal error, ours a no-op (see above)
        assert result[:2] == ("raised", RuntimeError) and "nested_tensorlist[0].empty()" in result[2], result
        result = None
    assert my_result is None and result is None, f"returned {my_result!r}, torch {result!r}"
    assert my_warnings == their_warnings
    assert_same_gradients(mine, theirs)
