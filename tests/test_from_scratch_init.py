"""The from-scratch torch.nn.init functions agree with torch.nn.init over a grid.

Each snippets/init/<page>/from_scratch.py defines the functions of its page with the names and
parameters of torch.nn.init. Every case fills two identical fresh tensors, one with ours and one
with torch's, from identically seeded generators (a CPU torch.Generator passed as `generator=`, or
the global generator when `generator=None`), and checks

* the filled values: identical where the computation allows it (uniform_, the uniform
  initializers, eye_, dirac_, constant_, ones_, zeros_, orthogonal_); for the ones that scale
  normal draws (normal_, xavier_normal_, kaiming_normal_, trunc_normal_, sparse_) the same draws
  to within the last bits of the scale-and-shift, which torch's kernel rounds differently, and for
  sparse_ the same zeros (or, where torch raises, the same exception type and message);
* that the generator and the global generator are left in the same state (the same number of
  draws were taken from each);
* the warnings; that the tensor itself is returned; that a parameter (a leaf that requires grad)
  can be filled and stays a leaf.

The grid: 0-d, 1-D, empty, 2-D (square, wide, tall), conv weights of 3, 4 and 5 dimensions (odd and
even kernels), a 6-D tensor; float32 and float64; each function's parameters (modes, nonlinearities,
gains, a, bounds, groups, sparsity) including the values torch refuses. Views that are not
contiguous are compared by statistics only: torch fills them in memory order (and, for normal_, with
another sampling routine), ours in index order.
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

F32, F64 = torch.float32, torch.float64
SOURCES = {"uniform_": "basic", "normal_": "basic", "constant_": "basic", "ones_": "basic", "zeros_": "basic",
           "eye_": "basic", "dirac_": "basic", "xavier_uniform_": "xavier", "xavier_normal_": "xavier",
           "kaiming_uniform_": "kaiming", "kaiming_normal_": "kaiming", "calculate_gain": "kaiming",
           "trunc_normal_": "trunc_normal", "orthogonal_": "orthogonal", "sparse_": "orthogonal"}
# the functions that scale normal draws: compared to within a few units in the last place
NORMAL_BASED = {"normal_", "xavier_normal_", "kaiming_normal_", "trunc_normal_", "sparse_"}
# the functions that take a generator
RANDOM = {"uniform_", "normal_", "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_",
          "trunc_normal_", "orthogonal_", "sparse_"}

SHAPES = {
    "0d": (), "1d": (7,), "empty1d": (0,), "2d": (5, 3), "wide": (3, 5), "square": (4, 4), "row": (1, 9),
    "empty_rows": (0, 3), "empty_cols": (3, 0), "empty2d": (0, 0), "conv1d": (6, 4, 5), "conv2d": (8, 3, 3, 3),
    "conv2d_even": (5, 3, 2, 4), "conv2d_1x3": (6, 2, 1, 3), "conv3d": (4, 2, 3, 3, 3), "6d": (2, 3, 2, 1, 2, 2),
}
WEIGHTS = tuple(k for k in SHAPES if len(SHAPES[k]) >= 2)


@functools.cache
def from_scratch(name):
    return load("init", SOURCES[name], name)


def seed_of(case_id):
    return zlib.crc32(case_id.encode())


def _run(fn, name, shape, dtype, args, kwargs, seed, use_generator, leaf):
    """fn's filled tensor (or its exception), the states of both generators, the warnings, identity."""
    tensor = torch.full(shape, 7.0, dtype=dtype)  # a value no initializer writes
    if leaf:
        tensor = nn.Parameter(tensor)
    generator = torch.Generator().manual_seed(seed) if use_generator else None
    if name in RANDOM:
        kwargs = dict(kwargs, generator=generator)
    with warnings.catch_warnings(record=True) as caught, torch.random.fork_rng(devices=[]):
        warnings.simplefilter("always")
        torch.manual_seed(seed + 1)
        try:
            out = fn(tensor, *args, **kwargs)
            error = None
        except Exception as e:  # noqa: BLE001 - the error itself is compared
            out, error = None, (type(e), str(e))
        global_state = torch.random.get_rng_state()
    return dict(
        out=out, tensor=tensor, error=error, warnings=[(w.category, str(w.message)) for w in caught],
        generator_state=generator.get_state() if generator is not None else None, global_state=global_state)


def agree(name, case_id, shape, dtype=F32, args=(), kwargs=None, use_generator=True, leaf=False):
    kwargs = kwargs or {}
    seed = seed_of(case_id)
    ours = _run(from_scratch(name), name, shape, dtype, args, kwargs, seed, use_generator, leaf)
    ref = _run(getattr(nn.init, name), name, shape, dtype, args, kwargs, seed, use_generator, leaf)
    assert ours["error"] == ref["error"], f"{name}: torch gives {ref['error']}, ours {ours['error']}"
    assert ours["warnings"] == ref["warnings"], f"{name}: warnings {ours['warnings']} != {ref['warnings']}"
    if ref["error"] is not None:
        return
    assert ours["out"] is ours["tensor"] and ref["out"] is ref["tensor"], f"{name}: the tensor itself is returned"
    a, b = ours["tensor"].detach(), ref["tensor"].detach()
    assert a.shape == b.shape and a.dtype == b.dtype
    if name in NORMAL_BASED:
        eps = torch.finfo(dtype).eps
        largest = b[b.isfinite()].abs().max().item() if b.isfinite().any() else 0.0
        torch.testing.assert_close(a, b, rtol=8 * eps, atol=8 * eps * largest, equal_nan=True,
                                   msg=lambda m: f"{name}: {m}")
        if name == "sparse_":
            assert torch.equal(a == 0, b == 0), f"{name}: the zeros differ"
    else:
        assert torch.equal(a, b) or (a.isnan().any() and torch.equal(a.isnan(), b.isnan())), \
            f"{name}: values differ\nours:  {a}\ntorch: {b}"
    assert torch.equal(ours["global_state"], ref["global_state"]), f"{name}: a different number of global draws"
    if use_generator and name in RANDOM:
        assert torch.equal(ours["generator_state"], ref["generator_state"]), f"{name}: a different number of draws"
    if leaf:
        t = ours["tensor"]
        assert t.is_leaf and t.requires_grad and t.grad_fn is None


DTYPES = {"f32": F32, "f64": F64}


# ---------------------------------------------------------------------------------------------
# uniform_, normal_: every shape x dtype x generator or not; then the parameters (the refused ones too)


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(SHAPES), bounds=((-1.0, 1.0),), dtype=tuple(DTYPES), generator=(True, False), leaf=(False,)),
    dict(shape=("2d", "conv2d", "0d"), bounds=((0.0, 1.0), (-0.3, 0.7), (-2.5, 1.25), (0.2, 5.0), (0.5, 0.5),
                                                (1e-3, 2e-3), (1.0, 0.0), (0.123456789, 0.1)),
         dtype=tuple(DTYPES), generator=(True,), leaf=(False, True)),
))
def test_uniform(case, request):
    agree("uniform_", request.node.callspec.id, SHAPES[case["shape"]], DTYPES[case["dtype"]], case["bounds"],
          use_generator=case["generator"], leaf=case["leaf"])


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(SHAPES), params=((0.0, 1.0),), dtype=tuple(DTYPES), generator=(True, False), leaf=(False,)),
    # 15, 16 and 17 elements: torch's CPU kernel switches to blocks of 16 at 16 elements
    dict(shape=("2d", "conv2d", "0d", "15", "16", "17"),
         params=((0.3, 0.02), (-1.5, 2.7), (0.0, 0.0), (2.0, 1e-3), (0.0, -1.0), (0.0, -0.123456789)),
         dtype=tuple(DTYPES), generator=(True,), leaf=(False, True)),
))
def test_normal(case, request):
    shape = (int(case["shape"]),) if case["shape"].isdigit() else SHAPES[case["shape"]]
    agree("normal_", request.node.callspec.id, shape, DTYPES[case["dtype"]], case["params"],
          use_generator=case["generator"], leaf=case["leaf"])


# ---------------------------------------------------------------------------------------------
# constant_, ones_, zeros_, eye_, dirac_: deterministic, compared exactly on every shape


@pytest.mark.parametrize("case", grid(
    dict(name=("constant_",), shape=("0d", "2d", "conv2d", "empty2d"), val=(0.0, 1.5, -2, math.inf, math.nan),
         leaf=(False, True)),
    dict(name=("ones_", "zeros_", "eye_"), shape=tuple(SHAPES), val=(None,), leaf=(False, True)),
))
def test_fills(case, request):
    args = () if case["val"] is None else (case["val"],)
    agree(case["name"], request.node.callspec.id, SHAPES[case["shape"]], F32, args, leaf=case["leaf"])


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(SHAPES), groups=(1,)),
    dict(shape=("conv1d", "conv2d", "conv2d_even", "conv2d_1x3", "conv3d"), groups=(2, 3, 4, 0)),
    dict(shape=("grouped_more_in", "grouped_more_out", "empty_out"), groups=(1, 2)),
))
def test_dirac(case, request):
    more = {"grouped_more_in": (4, 3, 3, 3), "grouped_more_out": (6, 1, 5), "empty_out": (0, 2, 3)}
    agree("dirac_", request.node.callspec.id, more.get(case["shape"]) or SHAPES[case["shape"]], F64,
          kwargs=dict(groups=case["groups"]))


# ---------------------------------------------------------------------------------------------
# xavier_uniform_, xavier_normal_: every shape x gain x dtype, with and without a generator


@pytest.mark.parametrize("case", grid(
    dict(name=("xavier_uniform_", "xavier_normal_"), shape=tuple(SHAPES), gain=(1.0, 5 / 3, math.sqrt(2), 0.5),
         dtype=("f32",), generator=(True,)),
    dict(name=("xavier_uniform_", "xavier_normal_"), shape=("2d", "conv2d", "conv3d"), gain=(1.0,),
         dtype=("f64",), generator=(True, False)),
))
def test_xavier(case, request):
    agree(case["name"], request.node.callspec.id, SHAPES[case["shape"]], DTYPES[case["dtype"]],
          kwargs=dict(gain=case["gain"]), use_generator=case["generator"])


# ---------------------------------------------------------------------------------------------
# kaiming_uniform_, kaiming_normal_: every shape x mode; every nonlinearity x a x mode on a matrix
# and a conv weight; the refused modes, nonlinearities and slopes

NONLINEARITIES = ("leaky_relu", "relu", "linear", "conv2d", "conv_transpose3d", "sigmoid", "tanh", "selu", "gelu")


@pytest.mark.parametrize("case", grid(
    dict(name=("kaiming_uniform_", "kaiming_normal_"), shape=tuple(SHAPES), mode=("fan_in", "fan_out"),
         nonlinearity=("leaky_relu",), a=(0,), dtype=("f32",)),
    dict(name=("kaiming_uniform_", "kaiming_normal_"), shape=("2d", "conv2d"), mode=("fan_in", "fan_out"),
         nonlinearity=NONLINEARITIES, a=(0, math.sqrt(5), 0.2, 1), dtype=("f32",)),
    dict(name=("kaiming_uniform_", "kaiming_normal_"), shape=("2d", "1d", "empty_cols"),
         mode=("FAN_OUT", "fan_avg"), nonlinearity=("leaky_relu", "gelu"), a=(0, True, None, "0.1"),
         dtype=("f32",)),
    dict(name=("kaiming_uniform_", "kaiming_normal_"), shape=("wide", "conv3d"), mode=("fan_in",),
         nonlinearity=("relu",), a=(0,), dtype=("f64",)),
))
def test_kaiming(case, request):
    agree(case["name"], request.node.callspec.id, SHAPES[case["shape"]], DTYPES[case["dtype"]],
          kwargs=dict(a=case["a"], mode=case["mode"], nonlinearity=case["nonlinearity"]))


@pytest.mark.parametrize("nonlinearity", NONLINEARITIES + ("conv1d", "conv3d", "conv_transpose1d", "Relu"))
@pytest.mark.parametrize("param", (None, 0, 0.2, 1, math.sqrt(5), -0.5, True, "0.1", 3))
def test_calculate_gain(nonlinearity, param):
    def call(fn):
        try:
            value = fn(nonlinearity, param)
            return value, type(value)
        except Exception as e:  # noqa: BLE001
            return type(e), str(e)
    assert call(from_scratch("calculate_gain")) == call(nn.init.calculate_gain)


# ---------------------------------------------------------------------------------------------
# trunc_normal_: both sampling routines (much of the mass in [a, b]: normal draws redrawn outside;
# little: uniform proposals accepted by the density), the warning, the refused bounds and std


@pytest.mark.parametrize("case", grid(
    dict(shape=("2d", "conv2d", "0d", "empty2d"),
         params=((0.0, 1.0, -2.0, 2.0), (0.0, 0.02, -2.0, 2.0), (0.0, 0.02, -0.04, 0.04), (0.0, 1.0, 2.0, 3.0),
                 (0.0, 1.0, -0.1, 0.1), (0.5, 1.0, -1.0, 0.0), (-3.0, 0.5, -1.0, 1.0), (5.0, 1.0, -2.0, 2.0),
                 (0.0, 1.0, -math.inf, math.inf), (0.0, 1.0, 1.0, -1.0), (0.0, 0.0, -1.0, 1.0)),
         dtype=tuple(DTYPES), generator=(True,)),
    dict(shape=("2d", "conv2d"), params=((0.0, 1.0, -2.0, 2.0), (0.0, 1.0, 2.0, 3.0)), dtype=("f32",),
         generator=(False,)),
))
def test_trunc_normal(case, request):
    agree("trunc_normal_", request.node.callspec.id, SHAPES[case["shape"]], DTYPES[case["dtype"]],
          case["params"], use_generator=case["generator"])


# ---------------------------------------------------------------------------------------------
# orthogonal_ and sparse_


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(SHAPES), gain=(1, 0.5, math.sqrt(2)), dtype=("f32",), generator=(True,)),
    dict(shape=("2d", "wide", "square", "conv2d"), gain=(1,), dtype=("f64",), generator=(True, False)),
))
def test_orthogonal(case, request):
    agree("orthogonal_", request.node.callspec.id, SHAPES[case["shape"]], DTYPES[case["dtype"]],
          kwargs=dict(gain=case["gain"]), use_generator=case["generator"])


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(SHAPES), sparsity=(0.5,), std=(0.01,), generator=(True,)),
    dict(shape=("2d", "wide", "square", "row"), sparsity=(0.0, 0.1, 0.34, 0.9, 1.0, 1.5, -0.2), std=(0.01, 1.0),
         generator=(True, False)),
))
def test_sparse(case, request):
    agree("sparse_", request.node.callspec.id, SHAPES[case["shape"]], F32, (case["sparsity"],),
          kwargs=dict(std=case["std"]), use_generator=case["generator"])


# ---------------------------------------------------------------------------------------------
# statistics on large samples, also for views that are not contiguous (a transposed weight, a
# channels_last conv weight): the bounds hold exactly, the standard deviation within 2 %

def _views(shape):
    w = torch.empty(shape)
    yield "contiguous", lambda: torch.empty(shape)
    if w.dim() == 2:
        yield "transposed", lambda: torch.empty(shape[::-1]).T
    if w.dim() == 4:
        yield "channels_last", lambda: torch.empty(shape).to(memory_format=torch.channels_last)


STATISTICS = {  # name: (kwargs, shape, expected std, bound or None, expected mean)
    "uniform_": (dict(a=-0.3, b=0.5), (300, 200), 0.8 / math.sqrt(12), (-0.3, 0.5), 0.1),
    "normal_": (dict(mean=0.5, std=0.02), (300, 200), 0.02, None, 0.5),
    "xavier_uniform_": (dict(gain=5 / 3), (300, 200), 5 / 3 * math.sqrt(2 / 500), 5 / 3 * math.sqrt(6 / 500), 0.0),
    "xavier_normal_": (dict(), (64, 32, 3, 3), math.sqrt(2 / (96 * 9)), None, 0.0),
    "kaiming_uniform_": (dict(a=math.sqrt(5)), (128, 64, 3, 3), 1 / math.sqrt(3 * 576), 1 / math.sqrt(576), 0.0),
    "kaiming_normal_": (dict(mode="fan_out", nonlinearity="relu"), (300, 200), math.sqrt(2 / 300), None, 0.0),
    "trunc_normal_": (dict(std=0.02, a=-0.04, b=0.04), (300, 200), 0.02 * 0.8796, (-0.04, 0.04), 0.0),
}


@pytest.mark.parametrize("name", list(STATISTICS))
@pytest.mark.parametrize("impl", ["ours", "torch"])
def test_statistics(name, impl):
    kwargs, shape, std, bound, mean = STATISTICS[name]
    fn = from_scratch(name) if impl == "ours" else getattr(nn.init, name)
    for view, make in _views(shape):
        w = fn(make(), generator=torch.Generator().manual_seed(0), **kwargs)
        assert abs(w.mean().item() - mean) < 3 * std / math.sqrt(w.numel()) + 1e-6, (view, w.mean().item())
        assert abs(w.std().item() / std - 1) < 0.02, (view, w.std().item(), std)
        if bound is not None:
            lo, hi = bound if isinstance(bound, tuple) else (-bound, bound)
            assert lo <= w.min().item() and w.max().item() <= hi, view


@pytest.mark.parametrize("impl", ["ours", "torch"])
def test_orthogonal_rows_or_columns(impl):
    fn = from_scratch("orthogonal_") if impl == "ours" else nn.init.orthogonal_
    g = torch.Generator().manual_seed(0)
    wide = fn(torch.empty(3, 8, dtype=F64), gain=2.0, generator=g)
    torch.testing.assert_close(wide @ wide.T, 4 * torch.eye(3, dtype=F64))  # rows orthogonal, length 2
    tall = fn(torch.empty(8, 3, dtype=F64), generator=g)
    torch.testing.assert_close(tall.T @ tall, torch.eye(3, dtype=F64))  # columns orthonormal
    conv = fn(torch.empty(4, 2, 3, 3, dtype=F64), generator=g).reshape(4, -1)
    torch.testing.assert_close(conv @ conv.T, torch.eye(4, dtype=F64))


@pytest.mark.parametrize("impl", ["ours", "torch"])
def test_sparse_statistics(impl):
    fn = from_scratch("sparse_") if impl == "ours" else nn.init.sparse_
    w = fn(torch.empty(400, 300), 0.3, std=0.05, generator=torch.Generator().manual_seed(0))
    assert ((w == 0).sum(dim=0) == 120).all()  # ceil(0.3 * 400) zeros in every column
    assert abs(w[w != 0].std().item() / 0.05 - 1) < 0.02
