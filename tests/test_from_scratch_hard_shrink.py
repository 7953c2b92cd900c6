"""The from-scratch hard and shrink activations agree with torch.nn.functional over a grid.

Each snippets/activations/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name> (hardtanh, hardsigmoid, hardswish, hardshrink, softshrink,
tanhshrink). Every case runs both functions on the same float64 input and checks

* the value: shape, dtype and numbers, NaN where torch gives NaN;
* the gradient with respect to the input, by autograd, fed an uneven upstream gradient so that
  each element counts on its own; NaN must sit where torch's NaN sits, every other entry (inf
  included) must agree. These functions have kinks, so the dyadic data put inputs exactly on
  them (x = +-1, +-3, +-lambd, the hardtanh bounds), where the one-sided choice of PyTorch has
  to be reproduced. One exception: where a NaN is compared (a NaN input, or a NaN bound of
  hardtanh or lambd of hardshrink), torch's own CPU gradient depends on where the element sits.
  Whole SIMD blocks go through the vectorised backward, the remaining tail elements through the
  scalar one, and the two disagree for hardtanh, hardshrink and softshrink (0 or the upstream
  gradient) and hardswish (NaN or the upstream gradient). So wherever ours and torch's differ,
  torch itself must give two different answers for that input value (the value alone takes the
  scalar path, 64 copies of it the vector path), torch's must be the vector one and ours the
  scalar one. hardsigmoid's gradient is compared to 1e-7 only: torch's CPU backward multiplies
  by the float32 constant 1.0f / 6.0f, also for float64;
* the in-place variants (hardtanh, hardsigmoid, hardswish): the input object is returned and
  overwritten, the gradient through an intermediate agrees, and both refuse a leaf that
  requires grad and break a graph whose saved output they overwrite;
* the errors torch raises for invalid parameters (hardtanh min_val > max_val, softshrink lambd
  negative, infinite or NaN) are raised by ours too.

The grid: every parameter over several values (including 0, negative, infinite and NaN ones
where torch accepts them), each crossed with every kind of data; 0-d, 1-d, 2-d, 4-d,
non-contiguous and empty inputs; data that is continuous ('randn'), dyadic so that the kinks are
hit exactly ('kinks'), holds NaN ('nan') or +-inf ('inf'), or is huge ('large', |x| ~ 1e300, no
overflow expected). Then dtype preservation (float32, float16, bfloat16) and integer inputs
where torch accepts them. Inputs come from a torch.Generator seeded by the case id.
"""

import functools
import itertools
import math

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load
from grid_cases import generator

DTYPE = torch.float64
RTOL = 1e-12
# torch's CPU hardsigmoid backward multiplies by the float32 constant 1.0f / 6.0f, also in float64
RTOL_GRAD = 1e-7
INF, NAN = math.inf, math.nan
NAMES = ("hardtanh", "hardsigmoid", "hardswish", "hardshrink", "softshrink", "tanhshrink")
INPLACE = ("hardtanh", "hardsigmoid", "hardswish")
DATA = ("randn", "kinks", "nan", "inf", "large")
SHAPES = {"0d": (), "1d": (7,), "2d": (3, 5), "4d": (2, 3, 1, 4), "noncontig": (5, 3), "empty": (0,),
          "empty3d": (2, 0, 3)}

# parameters (keyword arguments) per function; 'default' calls without any
PARAMS = {
    "hardtanh": {
        "default": {},
        "-2_0.5": dict(min_val=-2.0, max_val=0.5),
        "0_6": dict(min_val=0.0, max_val=6.0),          # relu6
        "-3_-0.25": dict(min_val=-3.0, max_val=-0.25),  # a region left of 0
        "equal": dict(min_val=0.5, max_val=0.5),        # the functional form accepts min_val == max_val
        "-inf_0": dict(min_val=-INF, max_val=0.0),
        "-inf_inf": dict(min_val=-INF, max_val=INF),    # the identity
        "nan_1": dict(min_val=NAN, max_val=1.0),        # accepted by F.hardtanh: every value NaN
        "-1_nan": dict(min_val=-1.0, max_val=NAN),
    },
    "hardsigmoid": {"default": {}},
    "hardswish": {"default": {}},
    "hardshrink": {
        "default": {}, "0": dict(lambd=0.0), "0.25": dict(lambd=0.25), "1": dict(lambd=1.0),
        "3": dict(lambd=3.0), "neg": dict(lambd=-0.5), "inf": dict(lambd=INF), "nan": dict(lambd=NAN),
    },
    "softshrink": {
        "default": {}, "0": dict(lambd=0.0), "0.25": dict(lambd=0.25), "1": dict(lambd=1.0),
        "3": dict(lambd=3.0), "huge": dict(lambd=1e300),
    },
    "tanhshrink": {"default": {}},
}


# ---------------------------------------------------------------------------------------------
# loading, inputs, comparing


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/activations/<name>/from_scratch.py, loaded without running its prints."""
    return load("activations", name)


def make_input(case_id, shape, data):
    g = generator(case_id)
    size = SHAPES[shape]
    if shape == "noncontig":  # the transpose of a contiguous (3, 5)
        size = size[::-1]
    if data == "kinks":  # multiples of 1/4 in [-6, 6]: every kink of every function and parameter above
        x = torch.randint(-24, 25, size, generator=g).to(DTYPE) / 4
    else:
        x = torch.randn(size, generator=g, dtype=DTYPE) * (1e300 if data == "large" else 3.0)
    if data in ("nan", "inf") and x.numel() > 0:
        for value in [NAN] if data == "nan" else [INF, -INF]:
            x.view(-1)[torch.randint(x.numel(), (1,), generator=g).item()] = value
    if shape == "noncontig":
        x = x.t()
        assert not x.is_contiguous()
    return x


def upstream(case_id, shape, dtype=DTYPE):
    return torch.randn(shape, generator=generator(case_id, "upstream"), dtype=DTYPE).to(dtype)


def assert_same(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {ours.shape} != {ref.shape}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    if ours.is_floating_point() and ours.dtype == DTYPE:
        torch.testing.assert_close(ours, ref, rtol=RTOL, atol=1e-300, equal_nan=True, msg=lambda m: f"{what}: {m}")
    else:
        torch.testing.assert_close(ours, ref, equal_nan=True, msg=lambda m: f"{what}: {m}")


def value_and_grad(fn, x, kwargs, case_id, inplace=False):
    leaf = x.detach().clone().requires_grad_()
    # in-place needs a non-leaf input: go through an intermediate
    h = leaf * 1 if inplace else leaf
    out = fn(h, **kwargs, inplace=True) if inplace else fn(h, **kwargs)
    if inplace:
        assert out is h, f"{fn}: in-place call did not return its input"
    (grad,) = torch.autograd.grad(out, leaf, upstream(case_id, out.shape, out.dtype))
    return out.detach(), grad


def torch_paths(name, kwargs, value, up):
    """torch's gradient for one input value (upstream `up`) on its two CPU code paths: (scalar, vector)."""
    grads = []
    for size in (1, 64):  # alone: the scalar loop; 64 copies: whole vectors on any SIMD width up to 32
        x = torch.full((size,), value, dtype=DTYPE, requires_grad=True)
        (grad,) = torch.autograd.grad(getattr(F, name)(x, **kwargs), x, torch.full((size,), up, dtype=DTYPE))
        grads.append(grad[0].item())
    return grads


def _same(a, b):
    return a == b or (math.isnan(a) and math.isnan(b)) or abs(a - b) <= RTOL_GRAD * abs(b)


def assert_same_grad(name, kwargs, x, ours, ref, up):
    """The gradients agree; where they do not, torch's two code paths disagree and ours is the scalar one."""
    rtol = RTOL_GRAD if name == "hardsigmoid" else RTOL
    close = torch.isclose(ours, ref, rtol=rtol, atol=0, equal_nan=True) | (ours == ref)
    for i in (~close).nonzero().tolist():
        i = tuple(i)
        scalar, vector = torch_paths(name, kwargs, x[i].item(), up[i].item())
        assert _same(ours[i].item(), scalar) and _same(ref[i].item(), vector) and not _same(scalar, vector), (
            f"{name}({kwargs}) gradient at x = {x[i].item()}: ours {ours[i].item()}, torch {ref[i].item()} "
            f"(torch alone: {scalar}, in a 64-block: {vector})")


def agree(name, case_id, x, kwargs, inplace=False):
    ours, ours_grad = value_and_grad(from_scratch(name), x, kwargs, case_id, inplace)
    ref, ref_grad = value_and_grad(getattr(F, name), x, kwargs, case_id, inplace)
    assert_same(ours, ref, f"{name} value")
    assert ours_grad.shape == ref_grad.shape and ours_grad.dtype == ref_grad.dtype, f"{name} gradient shape/dtype"
    assert_same_grad(name, kwargs, x.detach(), ours_grad, ref_grad, upstream(case_id, ref.shape, ref.dtype))


def cases(names, shapes, data, params="all"):
    for name in names:
        keys = PARAMS[name] if params == "all" else ["default"]
        for key, shape, kind in itertools.product(keys, shapes, data):
            yield pytest.param(name, key, shape, kind, id=f"{name}-{key}-{shape}-{kind}")


# ---------------------------------------------------------------------------------------------
# values and gradients: every parameter x every kind of data on 2-d and 4-d inputs; the default
# parameters on every shape


@pytest.mark.parametrize("name,key,shape,data", [
    *cases(NAMES, ("2d", "4d"), DATA),
    *cases(NAMES, [s for s in SHAPES if s not in ("2d", "4d")], DATA, params="default"),
    *[p for p in cases(NAMES, ("0d", "noncontig", "empty3d"), ("kinks", "nan")) if p.values[1] != "default"],
])
def test_value_and_gradient(name, key, shape, data, request):
    case_id = request.node.callspec.id
    agree(name, case_id, make_input(case_id, shape, data), PARAMS[name][key])


# ---------------------------------------------------------------------------------------------
# in-place: the same grid through an intermediate, the returned object, and the two refusals


@pytest.mark.parametrize("name,key,shape,data", [
    *cases(INPLACE, ("2d", "noncontig"), DATA),
    *cases(INPLACE, ("0d", "empty"), ("kinks",), params="default"),
])
def test_inplace(name, key, shape, data, request):
    case_id = request.node.callspec.id
    agree(name, case_id, make_input(case_id, shape, data), PARAMS[name][key], inplace=True)


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_overwrites_input_like_torch(name):
    x = make_input(name, "2d", "kinks")
    ours_x, ref_x = x.clone(), x.clone()
    ours = from_scratch(name)(ours_x, inplace=True)
    ref = getattr(F, name)(ref_x, inplace=True)
    assert ours is ours_x and ref is ref_x
    assert_same(ours_x, ref_x, f"{name} overwritten input")
    with torch.no_grad():  # without autograd, in-place on a leaf that requires grad is allowed
        ours_leaf, ref_leaf = x.clone().requires_grad_(), x.clone().requires_grad_()
        from_scratch(name)(ours_leaf, inplace=True)
        getattr(F, name)(ref_leaf, inplace=True)
    assert_same(ours_leaf.detach(), ref_leaf.detach(), f"{name} leaf under no_grad")


def _error(call):
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the type is what is compared
        return type(error)
    return None


@pytest.mark.parametrize("name", INPLACE)
def test_inplace_refusals_like_torch(name):
    def on_leaf(fn):
        return lambda: fn(torch.tensor([-4.0, 0.5, 4.0], dtype=DTYPE, requires_grad=True), inplace=True)

    def on_saved_output(fn):
        def call():
            w = torch.tensor([-4.0, 0.5, 4.0], dtype=DTYPE, requires_grad=True)
            s = w.exp()  # exp saves its output
            fn(s, inplace=True)
            s.sum().backward()
        return call

    for scenario in (on_leaf, on_saved_output):
        ref = _error(scenario(getattr(F, name)))
        assert ref is RuntimeError
        assert _error(scenario(from_scratch(name))) is ref, f"{name}: {scenario.__name__}"


# ---------------------------------------------------------------------------------------------
# parameters torch rejects


@pytest.mark.parametrize("name,kwargs", [
    ("hardtanh", dict(min_val=1.0, max_val=-1.0)),
    ("hardtanh", dict(min_val=INF, max_val=-INF)),
    ("softshrink", dict(lambd=-0.5)),
    ("softshrink", dict(lambd=-1e-300)),
    ("softshrink", dict(lambd=INF)),
    ("softshrink", dict(lambd=NAN)),
], ids=lambda v: str(v))
def test_rejected_parameters(name, kwargs):
    x = make_input(name, "1d", "randn")
    ref = _error(lambda: getattr(F, name)(x, **kwargs))
    assert ref is not None, f"torch accepts {name}({kwargs})"
    assert _error(lambda: from_scratch(name)(x, **kwargs)) is ref


# ---------------------------------------------------------------------------------------------
# dtypes: the output keeps the input's floating dtype; integer inputs where torch accepts them


@pytest.mark.parametrize("dtype", (torch.float32, torch.float16, torch.bfloat16), ids=str)
@pytest.mark.parametrize("name", NAMES)
def test_dtype_preserved(name, dtype, request):
    """Same dtype out; numbers within two units in the last place (torch's CPU kernels work in
    float32 for float16 and bfloat16 and round once, autograd on ours rounds after every op)."""
    case_id = request.node.callspec.id
    x = make_input(case_id, "2d", "kinks").to(dtype)
    tol = 2 * torch.finfo(dtype).eps
    for kwargs in PARAMS[name].values():
        if any(isinstance(v, float) and math.isnan(v) for v in kwargs.values()):
            continue  # NaN parameters: see the float64 grid
        ref_error = _error(lambda: getattr(F, name)(x, **kwargs))
        if ref_error is not None:  # softshrink: lambd beyond the dtype's largest finite value
            assert _error(lambda: from_scratch(name)(x, **kwargs)) is ref_error, f"{name}({kwargs}) {dtype}"
            continue
        ours, ours_grad = value_and_grad(from_scratch(name), x, kwargs, case_id)
        ref, ref_grad = value_and_grad(getattr(F, name), x, kwargs, case_id)
        for o, r, what in ((ours, ref, "value"), (ours_grad, ref_grad, "gradient")):
            assert o.dtype == r.dtype == dtype, f"{name}({kwargs}) {what}: dtype {o.dtype}, torch {r.dtype}"
            torch.testing.assert_close(o, r, rtol=tol, atol=tol, equal_nan=True,
                                       msg=lambda m: f"{name}({kwargs}) {dtype} {what}: {m}")


@pytest.mark.parametrize("name", NAMES)
def test_nan_gradient_is_one_of_torchs(name):
    """A long all-NaN input: torch mixes its two code paths, ours must match one of them everywhere."""
    for kwargs in PARAMS[name].values():
        x = torch.full((67,), NAN, dtype=DTYPE)
        ours, ours_grad = value_and_grad(from_scratch(name), x, kwargs, name)
        ref, ref_grad = value_and_grad(getattr(F, name), x, kwargs, name)
        assert_same(ours, ref, f"{name}({kwargs}) value")
        assert_same_grad(name, kwargs, x, ours_grad, ref_grad, upstream(name, x.shape))


@pytest.mark.parametrize("dtype", (torch.int64, torch.int32, torch.int16), ids=str)
@pytest.mark.parametrize("bounds", ((-1.0, 1.0), (-1.5, 2.5), (-0.5, 0.9), (0.0, 6.0), (-3.0, -2.0)), ids=str)
def test_hardtanh_integer_input(bounds, dtype):
    x = torch.arange(-4, 5, dtype=dtype)
    assert_same(from_scratch("hardtanh")(x, *bounds), F.hardtanh(x, *bounds), f"hardtanh{bounds} {dtype}")


def test_hardtanh_uint8_input():
    x = torch.tensor([0, 1, 5, 200], dtype=torch.uint8)
    assert_same(from_scratch("hardtanh")(x, 0.0, 6.0), F.hardtanh(x, 0.0, 6.0), "hardtanh uint8")


@pytest.mark.parametrize("dtype", (torch.int64, torch.int32), ids=str)
def test_tanhshrink_integer_input(dtype):
    x = torch.arange(-4, 5, dtype=dtype)
    assert_same(from_scratch("tanhshrink")(x), F.tanhshrink(x), f"tanhshrink {dtype}")


@pytest.mark.parametrize("dtype,values", [
    (torch.float32, (1e37, 1e38, 3e38, -3e38, 5e37)),
    (torch.float64, (2.9e307, 3.1e307, -1e308, 1e300)),
], ids=("float32", "float64"))
def test_hardswish_overflows_where_torch_does(dtype, values):
    """torch computes x * relu6(x + 3) / 6, so x * 6 overflows beyond max / 6; ours keeps that order."""
    x = torch.tensor(values, dtype=dtype)
    ours, ours_grad = value_and_grad(from_scratch("hardswish"), x, {}, "overflow")
    ref, ref_grad = value_and_grad(F.hardswish, x, {}, "overflow")
    assert ref.isinf().any()
    torch.testing.assert_close(ours, ref, equal_nan=True)
    torch.testing.assert_close(ours_grad, ref_grad, equal_nan=True)
