"""The from-scratch layer_norm, rms_norm and local_response_norm agree with torch.nn.functional.

Each snippets/normalization/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name>. Every case below runs both on the same inputs and checks

* the value: shape, dtype and numbers (NaN where torch gives NaN);
* the gradients, by autograd, with respect to the input and to `weight`/`bias` where given, fed an
  uneven upstream gradient so that each element counts on its own. They must agree wherever
  torch's gradient is not NaN (infinities included), and be NaN where torch's is NaN;
* the errors: same exception type for inputs torch rejects (and the same message where the
  from-scratch function spells it out).

The grid: every parameter over several values (normalized_shape over one to all trailing
dimensions, weight/bias present or not, eps including 0 and rms_norm's None; size odd, even and
larger than C, alpha, beta, k including 0), crossed with data that is continuous ('randn'), has
constant slices ('const'), holds NaN ('nan') or +-inf ('inf'), is huge ('huge', 1e150, or 1e100
where squares of sums must not overflow) or tiny ('tiny', 1e-150), or has a large offset
('offset', 1e6 + randn: torch's one-pass statistics lose about 1e-10 there); empty and
higher-dimensional inputs; non-contiguous layouts; rms_norm's float32/float16/bfloat16 paths.
Everything is float64 unless the case names a dtype. Inputs come from a torch.Generator seeded
by the case id.
"""

import functools
import itertools
import math
import zlib

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load
from grid_cases import generator

DTYPE = torch.float64


# ---------------------------------------------------------------------------------------------
# loading, comparing


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/normalization/<name>/from_scratch.py, loaded without running its prints."""
    return load("normalization", name)


def _call(fn, args, kwargs, grad, seed):
    """fn's value and its gradients w.r.t. the `grad` arguments (positions or keywords)."""
    args = [a.detach().clone() if torch.is_tensor(a) else a for a in args]
    kwargs = {k: v.detach().clone() if torch.is_tensor(v) else v for k, v in kwargs.items()}
    leaves = [(args[k] if isinstance(k, int) else kwargs[k]).requires_grad_() for k in grad]
    out = fn(*args, **kwargs)
    upstream = torch.randn(out.shape, generator=torch.Generator().manual_seed(seed), dtype=torch.float64)
    grads = torch.autograd.grad(out, leaves, upstream.to(out.dtype), allow_unused=True)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, leaves)]
    return out.detach(), grads


def _tolerance(dtype):
    return {torch.float64: 1e-7, torch.float32: 1e-5, torch.float16: 1e-3, torch.bfloat16: 1e-2}[dtype]


def _assert_close(ours, ref, what):
    tol = _tolerance(ref.dtype)
    if not (ours.shape == ref.shape and ours.dtype == ref.dtype
            and torch.allclose(ours, ref, rtol=tol, atol=tol, equal_nan=True)):
        torch.testing.assert_close(ours, ref, rtol=tol, atol=tol, equal_nan=True, msg=lambda m: f"{what}: {m}")
        raise AssertionError(f"{what}: {ours} != {ref}")


def agree(name, case_id, args, kwargs, grad):
    """from_scratch(name) and F.<name> agree on (args, kwargs): value, gradients of `grad`."""
    seed = zlib.crc32((case_id + "upstream").encode())  # not the data's seed: upstream must not be parallel to x
    ours, ours_grads = _call(from_scratch(name), args, kwargs, grad, seed)
    ref, ref_grads = _call(getattr(F, name), args, kwargs, grad, seed)
    _assert_close(ours, ref, f"{name} value")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        assert o.shape == r.shape, f"{name} gradient of argument {key!r}: shape {o.shape} != {r.shape}"
        assert torch.equal(o.isnan(), r.isnan()), f"{name} gradient of argument {key!r}: NaN at other places"
        compared = ~r.isnan()
        _assert_close(o[compared], r[compared], f"{name} gradient of argument {key!r}")


def both_raise(name, args, kwargs, same_message=True):
    """F.<name> rejects the call; the from-scratch function raises the same exception type (and message)."""
    with pytest.raises(Exception) as ref:
        getattr(F, name)(*args, **kwargs)
    with pytest.raises(ref.type) as ours:
        from_scratch(name)(*args, **kwargs)
    if same_message:
        assert str(ours.value) == str(ref.value)


# ---------------------------------------------------------------------------------------------
# the grid


def grid(*blocks):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            case_id = "-".join(f"{k}={v}" for k, v in case.items())
            cases.setdefault(case_id, case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


def make_data(g, shape, data, dtype=DTYPE, huge=1e150, slice_dims=1):
    """Deterministic input of `shape`; `slice_dims` trailing dimensions form one normalized slice."""
    x = torch.randn(shape, generator=g, dtype=torch.float64)
    if data == "huge":
        x = x * huge
    elif data == "tiny":
        x = x * 1e-150
    elif data == "offset":
        x = x + 1e6
    elif data == "zeros":
        x = torch.zeros(shape, dtype=torch.float64)
    elif data == "const" and x.numel():  # every other slice constant (its variance is exactly 0)
        lead = x.shape[:x.dim() - slice_dims]
        flat = x.reshape(*lead, -1) if lead else x.reshape(1, -1)
        flat[::2] = flat[::2, :1]
        x = flat.reshape(shape)
    elif data in ("nan", "inf") and x.numel():
        positions = torch.randperm(x.numel(), generator=g)[:2]
        values = [math.nan, 0.5] if data == "nan" else [math.inf, -math.inf]
        for position, value in zip(positions.tolist(), values):
            x.view(-1)[position] = value
    return x.to(dtype)


# ---------------------------------------------------------------------------------------------
# layer_norm: normalized_shape over 1..all trailing dimensions x affine (none, weight, bias, both)
# x eps x data; empty inputs; non-contiguous input; the errors

LN_SHAPES = {  # name: (input shape, normalized_shape)
    "1d": ((5,), (5,)),
    "2d": ((3, 4), (4,)),
    "3d_last": ((2, 3, 4), (4,)),
    "3d_last2": ((2, 3, 4), (3, 4)),
    "3d_all": ((2, 3, 4), (2, 3, 4)),
    "4d_chw": ((2, 3, 2, 2), (3, 2, 2)),
    "5d_last2": ((2, 1, 3, 2, 2), (2, 2)),
    "len1": ((3, 1), (1,)),
    "empty_batch": ((0, 4), (4,)),
    "empty_slice": ((3, 0), (0,)),
    "empty_middle": ((2, 0, 3), (3,)),
}
LN_DATA = ("randn", "const", "nan", "inf", "huge", "tiny", "offset")
AFFINE = ("none", "weight", "bias", "both")


def layer_norm_case(case, case_id):
    shape, normalized_shape = LN_SHAPES[case["shape"]]
    g = generator(case_id)
    x = make_data(g, shape, case["data"], slice_dims=len(normalized_shape))
    kwargs = dict(eps=case["eps"])
    grad = [0]
    if case["affine"] in ("weight", "both"):
        kwargs["weight"] = torch.randn(normalized_shape, generator=g, dtype=DTYPE)
        grad.append("weight")
    if case["affine"] in ("bias", "both"):
        kwargs["bias"] = torch.randn(normalized_shape, generator=g, dtype=DTYPE)
        grad.append("bias")
    return (x, list(normalized_shape)), kwargs, grad


@pytest.mark.parametrize("case", grid(
    dict(shape=("2d",), affine=AFFINE, eps=(1e-5, 0.1, 1e-12, 0.0), data=LN_DATA),
    dict(shape=("3d_last2",), affine=AFFINE, eps=(1e-5, 0.1, 0.0), data=LN_DATA),
    dict(shape=tuple(LN_SHAPES), affine=("none", "both"), eps=(1e-5,), data=("randn", "const", "nan")),
    dict(shape=("3d_all", "4d_chw", "5d_last2"), affine=("weight",), eps=(0.0, 0.1), data=("randn", "huge")),
))
def test_layer_norm(case, request):
    case_id = request.node.callspec.id
    args, kwargs, grad = layer_norm_case(case, case_id)
    agree("layer_norm", case_id, args, kwargs, grad)


def test_layer_norm_non_contiguous():
    g = generator("layer_norm_non_contiguous")
    x = torch.randn(4, 3, 5, generator=g, dtype=DTYPE).transpose(0, 2)  # (5, 3, 4), not contiguous
    weight, bias = torch.randn(3, 4, generator=g, dtype=DTYPE), torch.randn(3, 4, generator=g, dtype=DTYPE)
    agree("layer_norm", "non_contiguous", (x, [3, 4]), dict(weight=weight, bias=bias), [0, "weight", "bias"])


@pytest.mark.parametrize("args,kwargs", [
    ((torch.tensor(2.0, dtype=DTYPE), []), {}),  # 0-d input: normalized_shape can only be empty
    ((torch.zeros(2, 3, dtype=DTYPE), []), {}),
    ((torch.zeros(2, 3, 4, dtype=DTYPE), [3]), {}),
    ((torch.zeros(2, 3, 4, dtype=DTYPE), [5, 2, 3, 4]), {}),  # more dimensions than the input has
    ((torch.zeros(2, 3, 4, dtype=DTYPE), [4]), dict(weight=torch.ones(3, dtype=DTYPE))),
    ((torch.zeros(2, 3, 4, dtype=DTYPE), [4]), dict(bias=torch.ones(4, 1, dtype=DTYPE))),
], ids=["0d", "empty_shape", "not_trailing", "too_many_dims", "weight_shape", "bias_shape"])
def test_layer_norm_errors(args, kwargs):
    both_raise("layer_norm", args, kwargs, same_message=args[1] != [5, 2, 3, 4])


# ---------------------------------------------------------------------------------------------
# rms_norm: normalized_shape x weight x eps (None too) x data; float32/float16/bfloat16 with the
# default eps; empty inputs; non-contiguous input; the errors

RMS_DATA = ("randn", "zeros", "nan", "inf", "huge", "tiny", "offset")


def rms_norm_case(case, case_id, dtype=DTYPE):
    shape, normalized_shape = LN_SHAPES[case["shape"]]
    g = generator(case_id)
    x = make_data(g, shape, case["data"], dtype, slice_dims=len(normalized_shape))
    kwargs = dict(eps=case["eps"])
    grad = [0]
    if case["weight"]:
        kwargs["weight"] = torch.randn(normalized_shape, generator=g, dtype=DTYPE).to(dtype)
        grad.append("weight")
    return (x, list(normalized_shape)), kwargs, grad


@pytest.mark.parametrize("case", grid(
    dict(shape=("2d",), weight=(False, True), eps=(None, 1e-6, 0.1, 0.0), data=RMS_DATA),
    dict(shape=("3d_last2",), weight=(False, True), eps=(None, 0.1, 0.0), data=RMS_DATA),
    dict(shape=tuple(LN_SHAPES), weight=(True,), eps=(None,), data=("randn", "zeros", "nan")),
    dict(shape=("3d_all", "4d_chw", "5d_last2"), weight=(True,), eps=(0.0, 0.1), data=("randn", "huge")),
))
def test_rms_norm(case, request):
    case_id = request.node.callspec.id
    args, kwargs, grad = rms_norm_case(case, case_id)
    agree("rms_norm", case_id, args, kwargs, grad)


@pytest.mark.parametrize("case", grid(
    dict(dtype=("float32", "float16", "bfloat16"), shape=("2d",), weight=(False, True),
         eps=(None, 1e-6), data=("randn", "tiny_rms", "zeros", "nan", "inf")),
))
def test_rms_norm_lower_precision(case, request):
    # float16 and bfloat16 are computed in float32; the default eps is float32's in all three.
    case_id = request.node.callspec.id
    dtype = getattr(torch, case["dtype"])
    data = case["data"]
    args, kwargs, grad = rms_norm_case(dict(case, data="randn" if data == "tiny_rms" else data), case_id, dtype)
    if data == "tiny_rms":  # mean square ~1e-6: the value of the default eps shows
        args = ((args[0].float() * 1e-3).to(dtype), args[1])
    agree("rms_norm", case_id, args, kwargs, grad)


def test_rms_norm_non_contiguous():
    g = generator("rms_norm_non_contiguous")
    x = torch.randn(4, 3, 5, generator=g, dtype=DTYPE).transpose(0, 2)
    agree("rms_norm", "non_contiguous", (x, [3, 4]), dict(weight=torch.randn(3, 4, generator=g, dtype=DTYPE)),
          [0, "weight"])


@pytest.mark.parametrize("args", [
    (torch.tensor(2.0, dtype=DTYPE), []),
    (torch.zeros(2, 3, dtype=DTYPE), []),
    (torch.zeros(2, 3, 4, dtype=DTYPE), [3]),
], ids=["0d", "empty_shape", "not_trailing"])
def test_rms_norm_errors(args):
    both_raise("rms_norm", args, {})


# ---------------------------------------------------------------------------------------------
# local_response_norm: size (odd, even, 1, larger than C) x alpha x beta x k x data on 3-D input;
# 4-D to 6-D, C=1, empty inputs; non-contiguous 3-D/4-D layouts; the errors

LRN_SHAPES = {
    "3d": (2, 6, 5),
    "c1": (2, 1, 3),
    "4d": (2, 5, 3, 2),
    "5d": (1, 4, 2, 2, 3),
    "6d": (1, 3, 2, 1, 2, 2),
    "empty_n": (0, 3, 4),
    "empty_c": (2, 0, 4),
    "empty_l": (2, 3, 0),
    "empty_4d": (0, 3, 2, 2),
}
LRN_DATA = ("randn", "zeros", "nan", "inf", "huge", "tiny")
SIZES = (1, 2, 3, 4, 5, 8)


@pytest.mark.parametrize("case", grid(
    dict(shape=("3d",), size=SIZES, alpha=(1e-4, 0.5), beta=(0.75,), k=(1.0,), data=LRN_DATA),
    dict(shape=("3d",), size=(2, 3), alpha=(2.0,), beta=(0.5, 1.0, 2.0, 0.0), k=(1.0, 0.5, 0.0),
         data=("randn", "zeros", "nan")),
    dict(shape=("3d",), size=(3,), alpha=(2.0,), beta=(0.5, 2.0), k=(0.5, 0.0), data=("nan", "inf", "huge", "tiny")),
    dict(shape=tuple(LRN_SHAPES), size=(1, 2, 5), alpha=(0.5,), beta=(0.75,), k=(2.0,), data=("randn", "nan")),
))
def test_local_response_norm(case, request):
    case_id = request.node.callspec.id
    x = make_data(generator(case_id), LRN_SHAPES[case["shape"]], case["data"], huge=1e100)
    kwargs = dict(size=case["size"], alpha=case["alpha"], beta=case["beta"], k=case["k"])
    agree("local_response_norm", case_id, (x,), kwargs, [0])


@pytest.mark.parametrize("layout", ["transposed_3d", "channels_last", "permuted_4d"])
def test_local_response_norm_non_contiguous(layout):
    g = generator(layout)
    if layout == "transposed_3d":
        x = torch.randn(2, 5, 6, generator=g, dtype=DTYPE).transpose(1, 2)
    elif layout == "channels_last":
        x = torch.randn(2, 6, 3, 3, generator=g, dtype=DTYPE).to(memory_format=torch.channels_last)
    else:
        x = torch.randn(2, 3, 4, 6, generator=g, dtype=DTYPE).permute(0, 3, 1, 2)
    agree("local_response_norm", layout, (x,), dict(size=3, alpha=0.5, beta=0.75, k=1.0), [0])


def test_local_response_norm_returns_empty_input_itself():
    x = torch.empty(0, 3, 4, dtype=DTYPE)
    assert from_scratch("local_response_norm")(x, 2) is x and F.local_response_norm(x, 2) is x


@pytest.mark.parametrize("args", [
    (torch.zeros(4, 3, dtype=DTYPE), 2),
    (torch.zeros(3, dtype=DTYPE), 2),
    (torch.tensor(1.0, dtype=DTYPE), 2),
    (torch.zeros(1, 3, 4, dtype=DTYPE), 0),
    (torch.zeros(1, 3, 4, dtype=DTYPE), -1),
    (torch.zeros(1, 3, 4, 4, dtype=DTYPE), 0),
], ids=["2d", "1d", "0d", "size0", "size_negative", "size0_4d"])
def test_local_response_norm_errors(args):
    # the dimension check is a ValueError in both; torch's size check comes from avg_pool, whose
    # message we do not copy: only the type is compared, whitespace-normalized message for dims.
    name = "local_response_norm"
    with pytest.raises(Exception) as ref:
        F.local_response_norm(*args)
    with pytest.raises(ref.type) as ours:
        from_scratch(name)(*args)
    if ref.type is ValueError:
        assert str(ours.value).split() == str(ref.value).split()
