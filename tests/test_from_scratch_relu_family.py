"""The from-scratch ReLU family agrees with torch.nn.functional over a grid.

Each snippets/activations/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name> (relu, relu6, leaky_relu, prelu, rrelu, threshold). Every case below runs
both on the same float64 inputs and checks

* the value: shape, dtype and numbers, NaN where torch gives NaN;
* the gradients by autograd (the input, and prelu's weight), fed an uneven upstream gradient so that
  each element counts on its own. They must agree everywhere, NaN included: the kinks (0, 6, the
  threshold) and NaN inputs follow PyTorch's conventions exactly;
* `inplace=True`: the input tensor is overwritten and returned; the gradient through a non-leaf is the
  same; a leaf that requires grad raises the same error; leaky_relu (and rrelu in evaluation mode) with
  a negative slope raises PyTorch's error in backward;
* other dtypes (float32, float16, bfloat16, integers, bool): the same values, or the same exception.

The grid: every parameter over several values (negative and > 1 slopes, nan and inf thresholds and
values, per-channel prelu weights), crossed with data that is continuous ('randn'), dyadic so that
the kinks are hit exactly ('ties'), holds NaN ('nan') or +-inf ('inf'), or is huge ('large',
+-1e300 and up to 1e308, where x * slope may overflow to inf on both sides); shapes 0-d, 1-D, 2-D,
4-D and empty ones. None of these functions has a `dtype` argument. rrelu in training mode draws
random slopes, so there both functions are checked for the same properties instead: every slope
lies in [lower, upper], the output is x * slope where x <= 0 with that slope as gradient, everything
else passes with gradient 1, and the slopes are uniform on average. Inputs come from a
torch.Generator seeded by the case id.
"""

import functools
import inspect
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
NAMES = ("relu", "relu6", "leaky_relu", "prelu", "rrelu", "threshold")
DATA = ("randn", "ties", "nan", "inf", "large")
SHAPES = {"0d": (), "1d": (7,), "2d": (3, 5), "4d": (2, 3, 2, 2), "empty": (0,), "empty_3d": (2, 0, 3)}


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/activations/<name>/from_scratch.py, loaded without running its prints."""
    return load("activations", name)


# ---------------------------------------------------------------------------------------------
# inputs


def make_input(case_id, shape, data):
    g = generator(case_id)
    if data == "ties":  # multiples of 1/4 in [-8, 8]: 0, 6, 0.5, -1, ... occur exactly
        x = torch.randint(-32, 33, shape, generator=g).to(DTYPE) / 4
    elif data == "large":
        x = torch.randn(shape, generator=g, dtype=DTYPE) * 1e300
        if x.numel():
            x.view(-1)[0] = -1e308  # times a slope of 3: -inf on both sides
    else:
        x = torch.randn(shape, generator=g, dtype=DTYPE) * 3
    if data in ("nan", "inf") and x.numel():
        values = [math.nan] if data == "nan" else [math.inf, -math.inf]
        for value in values:
            x.view(-1)[torch.randint(x.numel(), (1,), generator=g).item()] = value
    return x


def upstream_for(case_id, shape):
    return torch.randn(shape, generator=generator(case_id, "upstream"), dtype=DTYPE)


# ---------------------------------------------------------------------------------------------
# comparing


def _call(fn, args, kwargs, grad, upstream):
    """fn's value and its gradients w.r.t. the argument positions in `grad`."""
    args = [a.detach().clone() if torch.is_tensor(a) else a for a in args]
    leaves = [args[k].requires_grad_() for k in grad]
    out = fn(*args, **kwargs)
    grads = torch.autograd.grad(out, leaves, upstream) if leaves else []
    return out.detach(), grads


def _same(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {ours.shape} != {ref.shape}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    if ours.is_floating_point():
        ok = torch.allclose(ours.double(), ref.double(), rtol=1e-12, atol=0, equal_nan=True)
    else:
        ok = torch.equal(ours, ref)
    assert ok, f"{what}:\nours {ours}\nref  {ref}"


def _same_input_gradient(name, x, upstream, ours, ref, what):
    """Gradients w.r.t. the input x. relu6 (hardtanh) at a NaN input is the one place where PyTorch
    is not consistent: on CPU its vectorised backward loop lets 0 through, its scalar loop (small
    tensors, the tail of large ones) the upstream gradient. Ours always follows the scalar rule;
    everywhere else the two must be equal."""
    if name != "relu6":
        return _same(ours, ref, what)
    nan = x.isnan()
    assert torch.equal(ours[nan], upstream[nan]), f"{what}: ours at nan {ours[nan]}"
    assert bool(((ref[nan] == 0) | (ref[nan] == upstream[nan])).all()), f"{what}: torch at nan {ref[nan]}"
    _same(ours[~nan], ref[~nan], what)


def agree(name, case_id, args, kwargs=None, grad=(0,)):
    """from_scratch(name) and F.<name> agree on (args, kwargs): value and gradients of `grad`."""
    kwargs = kwargs or {}
    ref_out = getattr(F, name)(*args, **kwargs)
    upstream = upstream_for(case_id, ref_out.shape)
    ours, ours_grads = _call(from_scratch(name), args, kwargs, grad, upstream)
    ref, ref_grads = _call(getattr(F, name), args, kwargs, grad, upstream)
    _same(ours, ref, f"{name} value")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        if key == 0:
            _same_input_gradient(name, args[0], upstream, o, r, f"{name} gradient of the input")
        else:
            _same(o, r, f"{name} gradient of argument {key}")


def same_exception(call_ours, call_ref, compare_message=True):
    with pytest.raises(Exception) as ref_error:
        call_ref()
    with pytest.raises(Exception) as ours_error:
        call_ours()
    assert type(ours_error.value) is type(ref_error.value), (ours_error.value, ref_error.value)
    if compare_message:
        assert str(ours_error.value) == str(ref_error.value)


def same_outcome(call_ours, call_ref, what):
    """The same value, or the same exception type."""
    try:
        ref = call_ref()
    except Exception as error:
        with pytest.raises(type(error)):
            call_ours()
        return
    _same(call_ours(), ref, what)


def cases(**dims):
    """pytest params for the cross product of `dims`, with readable ids."""
    params = []
    for values in itertools.product(*dims.values()):
        case = dict(zip(dims, values))
        params.append(pytest.param(case, id="-".join(f"{k}={v}" for k, v in case.items())))
    return params


def union(*blocks):
    seen, params = set(), []
    for block in blocks:
        for p in block:
            if p.id not in seen:
                seen.add(p.id)
                params.append(p)
    return params


# ---------------------------------------------------------------------------------------------
# signatures


@pytest.mark.parametrize("name", NAMES)
def test_signature(name):
    ours = inspect.signature(from_scratch(name))
    if name == "prelu":  # a builtin without a Python signature: prelu(input, weight)
        assert list(ours.parameters) == ["input", "weight"]
        assert all(p.default is inspect.Parameter.empty for p in ours.parameters.values())
        return
    ref = inspect.signature(getattr(F, name))
    assert list(ours.parameters) == list(ref.parameters)
    for p in ref.parameters.values():
        assert ours.parameters[p.name].default == p.default, p.name


# ---------------------------------------------------------------------------------------------
# relu, relu6: every shape x every kind of data


@pytest.mark.parametrize("case", cases(name=("relu", "relu6"), shape=tuple(SHAPES), data=DATA))
def test_relu_relu6(case, request):
    case_id = request.node.callspec.id
    agree(case["name"], case_id, (make_input(case_id, SHAPES[case["shape"]], case["data"]),))


# ---------------------------------------------------------------------------------------------
# leaky_relu: negative_slope (0, default, GAN's 0.2, 1, negative, > 1) x data; every shape

SLOPES = (0.01, 0.0, 0.2, 1.0, -0.5, 3.0)


@pytest.mark.parametrize("case", union(
    cases(shape=("2d",), negative_slope=SLOPES, data=DATA),
    cases(shape=tuple(SHAPES), negative_slope=(0.01,), data=DATA),
))
def test_leaky_relu(case, request):
    case_id = request.node.callspec.id
    x = make_input(case_id, SHAPES[case["shape"]], case["data"])
    agree("leaky_relu", case_id, (x, case["negative_slope"]))


# ---------------------------------------------------------------------------------------------
# threshold: (threshold, value) incl. nan/inf ones x data; every shape

PAIRS = ((0.1, 10.0), (0.0, 0.0), (0.5, -9.0), (-1.0, 2.0), (6.0, 6.0), (math.nan, 1.0), (1.0, -math.inf),
         (math.inf, 0.0), (0.0, math.nan))


@pytest.mark.parametrize("case", union(
    cases(shape=("2d",), pair=PAIRS, data=DATA),
    cases(shape=tuple(SHAPES), pair=PAIRS[:1], data=DATA),
))
def test_threshold(case, request):
    case_id = request.node.callspec.id
    x = make_input(case_id, SHAPES[case["shape"]], case["data"])
    agree("threshold", case_id, (x, *case["pair"]))


# ---------------------------------------------------------------------------------------------
# rrelu, evaluation mode (exact): bounds x data; every shape

BOUNDS = ((1 / 8, 1 / 3), (0.0, 0.0), (0.2, 0.2), (-0.5, 0.5), (-0.5, -0.25), (1.0, 3.0))


@pytest.mark.parametrize("case", union(
    cases(shape=("2d",), bounds=BOUNDS, data=DATA),
    cases(shape=tuple(SHAPES), bounds=BOUNDS[:1], data=DATA),
))
def test_rrelu_eval(case, request):
    case_id = request.node.callspec.id
    x = make_input(case_id, SHAPES[case["shape"]], case["data"])
    lower, upper = case["bounds"]
    agree("rrelu", case_id, (x, lower, upper), dict(training=False))
    if case["bounds"] == BOUNDS[0]:
        agree("rrelu", case_id, (x,))  # the defaults: training=False


# ---------------------------------------------------------------------------------------------
# rrelu, training mode: the same properties for both functions


def check_training_draw(fn, x, lower, upper, inplace=False):
    leaf = x.clone().requires_grad_()
    h = leaf * 1  # a non-leaf, so that inplace=True is allowed
    out = fn(h, lower, upper, training=True, inplace=inplace)
    if inplace:
        assert out is h
    out.backward(torch.ones_like(out))
    x, out, slope = x, out.detach(), leaf.grad
    neg = x <= 0
    exact = dict(rtol=0, atol=0, equal_nan=True)
    assert out.shape == x.shape and out.dtype == x.dtype
    assert bool(((slope[neg] >= lower) & (slope[neg] <= upper)).all()), "a slope outside [lower, upper]"
    assert torch.allclose(out[neg], x[neg] * slope[neg], **exact), "output != x * slope where x <= 0"
    assert torch.allclose(out[~neg], x[~neg], **exact), "x > 0 or nan changed"
    assert bool((slope[~neg] == 1).all()), "gradient != 1 where x > 0 or nan"


@pytest.mark.parametrize("case", union(
    cases(fn=("ours", "torch"), shape=("2d",), bounds=BOUNDS, data=DATA, inplace=(False,)),
    cases(fn=("ours", "torch"), shape=("2d",), bounds=BOUNDS, data=("ties", "nan"), inplace=(True,)),
    cases(fn=("ours", "torch"), shape=tuple(SHAPES), bounds=BOUNDS[:1], data=("ties", "nan", "inf"), inplace=(False,)),
))
def test_rrelu_training(case, request):
    case_id = request.node.callspec.id
    fn = from_scratch("rrelu") if case["fn"] == "ours" else F.rrelu
    torch.manual_seed(zlib.crc32(case_id.encode()))
    x = make_input(case_id, SHAPES[case["shape"]], case["data"])
    check_training_draw(fn, x, *case["bounds"], inplace=case["inplace"])


@pytest.mark.parametrize("fn", ("ours", "torch"))
def test_rrelu_training_slopes_are_uniform(fn):
    rrelu = from_scratch("rrelu") if fn == "ours" else F.rrelu
    torch.manual_seed(0)
    lower, upper = 0.1, 0.3
    slopes = -rrelu(-torch.ones(20000, dtype=DTYPE), lower, upper, training=True)
    assert slopes.unique().numel() > 19000  # one draw per element
    assert abs(slopes.mean().item() - 0.2) < 0.005  # mean of U(0.1, 0.3); std of the mean ~ 4e-4
    assert abs(slopes.var().item() - 0.2**2 / 12) < 3e-4  # variance (upper - lower)^2 / 12
    assert not torch.equal(rrelu(-torch.ones(5, dtype=DTYPE), training=True),
                           rrelu(-torch.ones(5, dtype=DTYPE), training=True))  # a new draw per call


@pytest.mark.parametrize("training", (False, True))
def test_rrelu_bounds_error(training):
    x = torch.tensor([-1.0, 2.0], dtype=DTYPE)
    same_exception(lambda: from_scratch("rrelu")(x, 0.5, 0.1, training=training),
                   lambda: F.rrelu(x, 0.5, 0.1, training=training))


# ---------------------------------------------------------------------------------------------
# prelu: weight layout (one slope as (1,) or 0-d, one per channel) x slope values x data; every
# shape that accepts the layout; the errors

WEIGHT_VALUES = {"init": (0.25,), "zero": (0.0,), "negative": (-0.5,), "mixed": (0.25, 0.0, -0.5, 2.0, 1.0)}
PRELU_SHAPES = {"0d": (), "1d": (7,), "2d": (3, 5), "3d": (2, 4, 3), "4d": (2, 3, 2, 2), "empty_batch": (0, 3, 2),
                "empty_channels": (2, 0), "empty_tail": (2, 3, 0)}


def prelu_weight(layout, values, channels):
    if layout == "scalar":
        return torch.tensor(values[0], dtype=DTYPE)
    if layout == "single":
        return torch.tensor(values[:1], dtype=DTYPE)
    return torch.tensor([values[c % len(values)] for c in range(channels)], dtype=DTYPE)


@pytest.mark.parametrize("case", union(
    cases(shape=("4d",), layout=("single", "scalar", "channels"), weight=tuple(WEIGHT_VALUES), data=DATA),
    cases(shape=tuple(PRELU_SHAPES), layout=("single", "scalar"), weight=("mixed",), data=("ties", "nan", "inf")),
    cases(shape=("2d", "3d", "4d", "empty_batch", "empty_channels", "empty_tail"), layout=("channels",),
          weight=("mixed",), data=DATA),
))
def test_prelu(case, request):
    case_id = request.node.callspec.id
    shape = PRELU_SHAPES[case["shape"]]
    x = make_input(case_id, shape, case["data"])
    weight = prelu_weight(case["layout"], WEIGHT_VALUES[case["weight"]], shape[1] if len(shape) > 1 else 1)
    agree("prelu", case_id, (x, weight), grad=(0, 1))


@pytest.mark.parametrize("case", [
    pytest.param(((2, 3), (4,), DTYPE), id="too_many_slopes"),
    pytest.param(((2, 3), (2,), DTYPE), id="too_few_slopes"),
    pytest.param(((3,), (3,), DTYPE), id="1d_input_is_one_channel"),
    pytest.param(((), (3,), DTYPE), id="0d_input_channel_slopes"),
    pytest.param(((2, 3), (1, 3), DTYPE), id="2d_weight"),
    pytest.param(((2, 3), (1, 1), DTYPE), id="2d_weight_one_element"),
    pytest.param(((2, 3), (0,), DTYPE), id="empty_weight"),
])
def test_prelu_errors(case):
    x_shape, w_shape, dtype = case
    x, w = -torch.ones(x_shape, dtype=dtype), torch.full(w_shape, 0.25, dtype=dtype)
    same_exception(lambda: from_scratch("prelu")(x, w), lambda: F.prelu(x, w))


@pytest.mark.parametrize("dtypes", [(torch.float64, torch.float32), (torch.float32, torch.float64),
                                    (torch.float32, torch.int64)], ids=str)
def test_prelu_dtype_mismatch(dtypes):
    x, w = -torch.ones(2, 3, dtype=dtypes[0]), torch.ones(3, dtype=dtypes[1])
    # PyTorch prints its ScalarType names (Double, Float); ours prints torch dtypes
    same_exception(lambda: from_scratch("prelu")(x, w), lambda: F.prelu(x, w), compare_message=False)


# ---------------------------------------------------------------------------------------------
# other dtypes: values agree, or both raise


OTHER_ARGS = {"relu": (), "relu6": (), "leaky_relu": (0.2,), "prelu": "weight", "rrelu": (0.1, 0.3),
              "threshold": (0.1, 10.0)}
INTS = (torch.int64, torch.int32, torch.uint8, torch.int8)


def other_args(name, dtype):
    args = OTHER_ARGS[name]
    return (torch.tensor([0.25, 1.0], dtype=dtype),) if args == "weight" else args


@pytest.mark.parametrize("dtype", (torch.float32, torch.float16, torch.bfloat16), ids=str)
@pytest.mark.parametrize("name", NAMES)
def test_low_precision_floats(name, dtype):
    x = (torch.arange(-24, 25, dtype=torch.float64) / 4).reshape(7, 7).to(dtype)
    x[0, 0], x[0, 1], x[0, 2] = math.nan, math.inf, -math.inf
    args = (x, *other_args(name, dtype)) if name != "prelu" else (x[:, :2].contiguous(), *other_args(name, dtype))
    _same(from_scratch(name)(*args), getattr(F, name)(*args), f"{name} {dtype}")


def test_threshold_rounds_to_the_input_dtype():
    x = torch.tensor([0.1, 0.2], dtype=torch.float32)  # float32(0.1) > 0.1, yet it is replaced
    _same(from_scratch("threshold")(x, 0.1, 10.0), F.threshold(x, 0.1, 10.0), "threshold float32")


@pytest.mark.parametrize("dtype", INTS, ids=str)
@pytest.mark.parametrize("name", NAMES)
def test_integer_inputs(name, dtype):
    low = 0 if dtype == torch.uint8 else -9
    x = torch.arange(low, 10).to(dtype)
    if name in ("relu", "relu6", "threshold"):  # accepted, dtype kept
        pairs = ((0.1, 10.0), (-0.5, 2.5), (3, -1), (2.5, 7), (-1, 3), (3, 300), (3, -1.0), (200, 1))
        for args in [(x,)] if name != "threshold" else [(x, th, v) for th, v in pairs]:
            # threshold: both numbers converted to the integer dtype; ints wrap (-1 -> 255 for uint8),
            # floats out of range and ints beyond it raise "cannot be converted ... without overflow"
            same_outcome(lambda: from_scratch(name)(*args), lambda: getattr(F, name)(*args),
                         f"{name} {dtype} {args[1:]}")
    else:  # integer tensors are not implemented
        args = (x, *other_args(name, dtype))
        same_exception(lambda: from_scratch(name)(*args), lambda: getattr(F, name)(*args), compare_message=False)


@pytest.mark.parametrize("name", ("relu", "relu6"))
def test_bool_input(name):
    x = torch.tensor([True, False])
    same_exception(lambda: from_scratch(name)(x), lambda: getattr(F, name)(x))


# ---------------------------------------------------------------------------------------------
# inplace=True


INPLACE = {  # name: extra positional arguments, over a few values
    "relu": [()],
    "relu6": [()],
    "leaky_relu": [(0.01,), (0.0,), (0.2,), (1.0,), (3.0,)],
    "rrelu": [(1 / 8, 1 / 3, False), (0.0, 0.0, False), (1.0, 3.0, False)],
    "threshold": [(0.1, 10.0), (0.5, -9.0), (math.nan, 1.0), (0.0, math.nan)],
}
INPLACE_CASES = [pytest.param(name, args, data, id=f"{name}-{args}-{data}")
                 for name, arg_list in INPLACE.items() for args in arg_list for data in DATA]


@pytest.mark.parametrize("name,args,data", INPLACE_CASES)
def test_inplace(name, args, data, request):
    case_id = request.node.callspec.id
    x = make_input(case_id, (3, 5), data)
    ours_fn, ref_fn = from_scratch(name), getattr(F, name)

    # no autograd: the input is overwritten and returned
    a, b = x.clone(), x.clone()
    ours, ref = ours_fn(a, *args, inplace=True), ref_fn(b, *args, inplace=True)
    assert ours is a and ref is b
    _same(a, b, f"{name} in-place value")
    _same(a, ref_fn(x, *args), f"{name} in-place == out-of-place")

    # through autograd, on a non-leaf
    upstream = upstream_for(case_id, x.shape)
    grads = []
    for fn in (ours_fn, ref_fn):
        leaf = x.clone().requires_grad_()
        h = leaf * 1
        out = fn(h, *args, inplace=True)
        assert out is h
        out.backward(upstream)
        grads.append(leaf.grad)
    _same_input_gradient(name, x, upstream, *grads, f"{name} in-place gradient")

    # a leaf that requires grad cannot be overwritten
    same_exception(lambda: ours_fn(x.clone().requires_grad_(), *args, inplace=True),
                   lambda: ref_fn(x.clone().requires_grad_(), *args, inplace=True))


@pytest.mark.parametrize("name,args", [("leaky_relu", (-0.5,)), ("leaky_relu", (-2.0,)),
                                       ("rrelu", (-0.5, -0.25, False)), ("rrelu", (-1.0, 0.5, False))])
def test_inplace_negative_slope_refuses_backward(name, args):
    x = torch.tensor([-1.0, 0.0, 2.0, math.nan], dtype=DTYPE)
    results = []
    for fn in (from_scratch(name), getattr(F, name)):
        h = x.clone().requires_grad_() * 1
        out = fn(h, *args, inplace=True)
        results.append(out.detach().clone())
        with pytest.raises(RuntimeError) as error:
            out.sum().backward()
        assert "negative slope" in str(error.value)
        results.append(str(error.value))
    _same(results[0], results[2], f"{name} in-place value")
    assert results[1] == results[3]


@pytest.mark.parametrize("name,args", [("leaky_relu", (-0.5,)), ("rrelu", (-0.5, -0.25, False))])
def test_negative_slope_out_of_place_backward_works(name, args):
    x = torch.tensor([-1.0, 0.0, 2.0, math.nan], dtype=DTYPE)
    agree(name, f"{name}-negative-out-of-place", (x, *args))
