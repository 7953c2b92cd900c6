"""The from-scratch linear, dropout and distance functions agree with torch.nn.functional over a grid.

Each snippets/<section>/<name>/from_scratch.py defines `<name>` with the parameters of
torch.nn.functional.<name>. Every case below runs both on the same float64 inputs and checks

* the value: shape, dtype and numbers (NaN where torch gives NaN), or the same exception
  (type and message) where torch refuses the input;
* the gradients, by autograd, with respect to every tensor argument, fed an uneven upstream gradient
  so that each element counts on its own. They must agree wherever torch's gradient is not NaN
  (infinities included); where torch's is NaN (its own 0 * inf artefacts) ours may be NaN or finite;
* the warnings (the deprecation warnings of dropout2d and dropout3d, dropout2d's 3-D warning);
* for the dropouts: the same seed gives the same mask, in training and in evaluation mode, in place
  or not, and the returned tensor is the input object exactly when torch's is.

The grid: every parameter over several values (p, training, inplace, eps, keepdim, dim, bias);
0-d, 1-D, higher-dimensional, broadcast and empty inputs; data that is continuous ('randn'),
dyadic so that ties and exact zeros happen ('ties'), holds a NaN ('nan') or +-inf ('inf'), or is
large ('large': no overflow in float64; 'huge': where torch itself overflows, ours must too).
Inputs come from a torch.Generator seeded by the case id.
"""

import functools
import itertools
import math
import warnings
import zlib

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load
from grid_cases import generator

F64 = torch.float64
INF = math.inf
# name -> (section, folder): dropout1d and dropout3d live next to dropout2d, feature_alpha_dropout next to
# alpha_dropout
SOURCES = {"linear": ("linear", "linear"), "bilinear": ("linear", "bilinear"), "dropout": ("dropout", "dropout"),
           "dropout1d": ("dropout", "dropout2d"), "dropout2d": ("dropout", "dropout2d"),
           "dropout3d": ("dropout", "dropout2d"), "alpha_dropout": ("dropout", "alpha_dropout"),
           "feature_alpha_dropout": ("dropout", "alpha_dropout"),
           "pairwise_distance": ("distance", "pairwise_distance"),
           "cosine_similarity": ("distance", "cosine_similarity")}


# ---------------------------------------------------------------------------------------------
# loading, running, comparing


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/<section>/<folder>/from_scratch.py, loaded without its prints."""
    section, folder = SOURCES[name]
    return load(section, folder, name)


def _run(fn, args, kwargs, grad, seed, non_leaf):
    """fn's value (or exception), gradients w.r.t. the `grad` positions, warnings, and whether the
    result is the first argument itself. `non_leaf`: the first argument is leaf * 1 (for in-place)."""
    leaves = {k: args[k].detach().clone().requires_grad_() for k in grad}
    call = [leaves[k] if k in leaves else (a.detach().clone() if torch.is_tensor(a) else a) for k, a in enumerate(args)]
    if non_leaf:
        call[0] = call[0] * 1
    first = call[0]
    with warnings.catch_warnings(record=True) as caught, torch.random.fork_rng(devices=[]):
        warnings.simplefilter("always")
        torch.manual_seed(seed)  # the dropouts: both sides draw from identically seeded generators
        try:
            out = fn(*call, **kwargs)
        except Exception as error:  # noqa: BLE001 - the error itself is compared
            return ("raised", type(error), str(error)), None, None, None
    ordered = [leaves[k] for k in grad]
    grads = [None] * len(ordered)
    if out.requires_grad:
        upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
        grads = torch.autograd.grad(out, ordered, upstream, allow_unused=True)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, ordered)]
    return out.detach(), grads, [(w.category.__name__, str(w.message)) for w in caught], out is first


def _assert_close(ours, ref, what):
    """Element-wise within rtol 1e-7, plus an absolute slack of 1e-7 and 1e-12 of the tensor's largest finite
    magnitude: where terms of size 1e10 cancel to about 0, their rounding residues (~1e-6) may differ."""
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    finite = ref[ref.isfinite()].abs()
    atol = 1e-7 + 1e-12 * (finite.max().item() if finite.numel() else 0.0)
    if not torch.allclose(ours, ref, rtol=1e-7, atol=atol, equal_nan=True):
        torch.testing.assert_close(ours, ref, rtol=1e-7, atol=atol, equal_nan=True, msg=lambda m: f"{what}: {m}")
        raise AssertionError(f"{what}: {ours} != {ref}")


def agree(name, case_id, args, kwargs, grad, non_leaf=False):
    """from_scratch(name) and F.<name> agree on (args, kwargs): value or error, gradients, warnings, identity."""
    seed = zlib.crc32(case_id.encode())
    ours, ours_grads, ours_warnings, ours_is_input = _run(from_scratch(name), args, kwargs, grad, seed, non_leaf)
    ref, ref_grads, ref_warnings, ref_is_input = _run(getattr(F, name), args, kwargs, grad, seed, non_leaf)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"
        return
    _assert_close(ours, ref, f"{name} value")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        compared = ~r.isnan()
        assert o.shape == r.shape, f"{name} gradient of argument {key}: shape {tuple(o.shape)} != {tuple(r.shape)}"
        _assert_close(o[compared], r[compared], f"{name} gradient of argument {key} (where torch's is not NaN)")
    assert ours_warnings == ref_warnings, f"{name} warnings differ: {ours_warnings} != {ref_warnings}"
    assert ours_is_input == ref_is_input, f"{name}: torch returns the input itself: {ref_is_input}, ours: {ours_is_input}"


# ---------------------------------------------------------------------------------------------
# the grid and its data


def grid(*blocks):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            case_id = "-".join(f"{k}={v}" for k, v in case.items())
            cases.setdefault(case_id, case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


SCALE = {"randn": 1.0, "ties": 1.0, "nan": 1.0, "inf": 1.0, "large": 1e100, "huge": 1e200}


def data(g, shape, kind, scale=None):
    """A float64 tensor of `shape`: 'randn' (times the kind's scale), 'ties' (multiples of 1/4, many equal),
    'nan' (one NaN), 'inf' (a +inf and a -inf)."""
    if kind == "ties":
        t = torch.randint(-4, 5, shape, generator=g).to(F64) / 4
    else:
        t = torch.randn(shape, generator=g, dtype=F64) * (SCALE[kind] if scale is None else scale)
    if kind in ("nan", "inf") and t.numel() > 0:
        for value in [math.nan] if kind == "nan" else [INF, -INF]:
            t.view(-1)[torch.randint(t.numel(), (1,), generator=g).item()] = value
    return t


DATA = ("randn", "ties", "nan", "inf")


# ---------------------------------------------------------------------------------------------
# linear: every input rank, empty batch, in_features=0, out_features=0, 1-D weight, broadcast and
# 0-d bias, a non-contiguous input, the 0-d error; with and without bias; every kind of data

LINEAR = {  # input, weight, bias shapes
    "0d": ((), (4, 3), (4,)), "1d": ((3,), (4, 3), (4,)), "2d": ((5, 3), (4, 3), (4,)),
    "3d": ((2, 5, 3), (4, 3), (4,)), "4d": ((2, 1, 5, 3), (4, 3), (4,)), "empty_batch": ((0, 3), (4, 3), (4,)),
    "in0": ((5, 0), (4, 0), (4,)), "out0": ((5, 3), (0, 3), (0,)), "bias_0d": ((5, 3), (4, 3), ()),
    "bias_1": ((2, 5, 3), (4, 3), (1,)), "transposed": ("T", (4, 3), (4,)), "weight_1d": ((5, 3), (3,), None),
}


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(k for k in LINEAR if k != "weight_1d"), bias=(True, False), data=DATA + ("large",)),
    # torch refuses a bias with a 1-D weight on a 2-D input (addmm needs a matrix)
    dict(layout=("weight_1d",), bias=(False,), data=DATA + ("large",)),
))
def test_linear(case, request):
    case_id = request.node.callspec.id
    x_shape, w_shape, b_shape = LINEAR[case["layout"]]
    g = generator(case_id)
    scale = 1e150 if case["data"] == "large" else None  # products up to 1e300: no overflow
    x = data(g, (3, 5), case["data"], scale).T if x_shape == "T" else data(g, x_shape, case["data"], scale)
    args = [x, data(g, w_shape, case["data"], scale)]
    if case["bias"]:
        args.append(data(g, b_shape, case["data"], scale))
    agree("linear", case_id, args, {}, grad=tuple(range(len(args))))


# ---------------------------------------------------------------------------------------------
# bilinear: 1-D, batched, more leading dimensions, empty batch, out_features=0 (torch cannot run
# in2_features=0: "cannot reshape tensor of 0 elements");
# the refused inputs (0-d, mismatched batch dimensions or sizes); with and without bias

BILINEAR = {  # input1, input2, weight, bias shapes
    "1d": ((2,), (3,), (4, 2, 3), (4,)), "2d": ((5, 2), (5, 3), (4, 2, 3), (4,)),
    "3d": ((2, 5, 2), (2, 5, 3), (4, 2, 3), (4,)), "empty_batch": ((0, 2), (0, 3), (4, 2, 3), (4,)),
    "out0": ((5, 2), (5, 3), (0, 2, 3), (0,)),
    "err_0d": ((), (), (4, 1, 1), (4,)), "err_ndim": ((5, 2), (3,), (4, 2, 3), (4,)),
    "err_batch": ((1, 2), (5, 3), (4, 2, 3), (4,)), "err_in1": ((5, 3), (5, 3), (4, 2, 3), (4,)),
    "err_in2": ((5, 2), (5, 2), (4, 2, 3), (4,)), "err_bias": ((5, 2), (5, 3), (4, 2, 3), (3,)),
}


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(BILINEAR), bias=(True, False), data=DATA + ("large",)),
))
def test_bilinear(case, request):
    case_id = request.node.callspec.id
    shapes = BILINEAR[case["layout"]]
    g = generator(case_id)
    scale = 1e100 if case["data"] == "large" else None  # x1 * A * x2 up to 1e300: no overflow
    args = [data(g, s, case["data"], scale) for s in shapes[: 4 if case["bias"] else 3]]
    agree("bilinear", case_id, args, {}, grad=tuple(range(len(args))))


# ---------------------------------------------------------------------------------------------
# dropout, alpha_dropout: p (0, inside, 1, out of range) x training x inplace x data on a batch;
# every shape with the main p values (data with +-inf among normal values); the default `training`

DROPOUT_SHAPES = {"0d": (), "1d": (7,), "2d": (6, 8), "4d": (2, 3, 4, 4), "empty": (0, 3), "transposed": "T"}
P_VALUES = (0.0, 0.2, 0.5, 0.9, 1.0)


def dropout_case(name, case, case_id, shapes=DROPOUT_SHAPES):
    g = generator(case_id)
    shape = shapes[case["shape"]]
    x = data(g, (8, 6), case["data"]).T if shape == "T" else data(g, shape, case["data"])
    kwargs = {"p": case["p"], "inplace": case["inplace"]}
    if case["training"] != "default":
        kwargs["training"] = case["training"]
    agree(name, case_id, [x], kwargs, grad=(0,), non_leaf=case["inplace"])


def dropout_grid(shapes=DROPOUT_SHAPES):
    return grid(
        dict(shape=("2d",), p=P_VALUES, training=(True, False), inplace=(False, True),
             data=("randn", "nan", "inf", "large")),
        dict(shape=tuple(shapes), p=(0.0, 0.5, 1.0), training=(True, False), inplace=(False, True), data=("inf",)),
        dict(shape=("2d",), p=(-0.1, 1.5), training=(True, False), inplace=(False,), data=("randn",)),
        dict(shape=("2d",), p=(0.5,), training=("default",), inplace=(False, True), data=("randn",)),
    )


@pytest.mark.parametrize("case", dropout_grid())
def test_dropout(case, request):
    dropout_case("dropout", case, request.node.callspec.id)


@pytest.mark.parametrize("case", dropout_grid())
def test_alpha_dropout(case, request):
    dropout_case("alpha_dropout", case, request.node.callspec.id)


# dropout2d adds every rank from 0-d to 5-D (warnings, the 1-D error, the 3-D (N, C, L) reading)
# and the empty shapes that skip the mask
DROPOUT2D_SHAPES = dict(DROPOUT_SHAPES, **{"1d_9": (9,), "3d": (2, 3, 5), "5d": (2, 3, 2, 2, 2),
                                          "no_channels": (2, 0, 3, 3), "empty_4d": (0, 3, 2, 2)})


@pytest.mark.parametrize("case", dropout_grid(DROPOUT2D_SHAPES))
def test_dropout2d(case, request):
    dropout_case("dropout2d", case, request.node.callspec.id, DROPOUT2D_SHAPES)


# dropout1d and dropout3d: the same ranks plus 6-D: the unbatched (C, L) and (C, D, H, W), which gain and lose
# a batch dimension (in place too), dropout1d's error and dropout3d's warnings for the other ranks
FEATURE_SHAPES = dict(DROPOUT2D_SHAPES, **{"6d": (2, 2, 2, 1, 2, 2)})


@pytest.mark.parametrize("case", dropout_grid(FEATURE_SHAPES))
def test_dropout1d(case, request):
    dropout_case("dropout1d", case, request.node.callspec.id, FEATURE_SHAPES)


@pytest.mark.parametrize("case", dropout_grid(FEATURE_SHAPES))
def test_dropout3d(case, request):
    dropout_case("dropout3d", case, request.node.callspec.id, FEATURE_SHAPES)


# feature_alpha_dropout: alpha dropout with one draw per (sample, channel); every rank (0-d and 1-D are refused
# in training, dimension 0 is always the batch); training defaults to False
@pytest.mark.parametrize("case", dropout_grid(DROPOUT2D_SHAPES))
def test_feature_alpha_dropout(case, request):
    dropout_case("feature_alpha_dropout", case, request.node.callspec.id, DROPOUT2D_SHAPES)


# ---------------------------------------------------------------------------------------------
# pairwise_distance: p (0, fractional, 1, 2, 3, negative, +-inf) x eps (0 too) x data; every shape
# (0-d, broadcasting, empty batch, empty vectors) with a few p, with and without keepdim

PAIRWISE = {  # x1, x2 shapes
    "0d": ((), ()), "1d": ((5,), (5,)), "2d": ((4, 5), (4, 5)), "3d": ((2, 3, 5), (2, 3, 5)),
    "bc_row": ((4, 5), (5,)), "bc_3x1_4": ((3, 1), (4,)), "bc_lead": ((2, 3, 5), (3, 5)),
    "bc_1d_3d": ((5,), (2, 3, 5)), "empty_batch": ((0, 5), (0, 5)), "empty_vectors": ((4, 0), (4, 0)),
}
P_NORMS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, -1.0, INF, -INF)


def pairwise_inputs(case_id, layout, kind):
    g = generator(case_id)
    s1, s2 = PAIRWISE[layout]
    x1, x2 = data(g, s1, kind), data(g, s2, kind)
    if kind == "ties" and x1.shape == x2.shape and x1.dim() >= 1 and x1.numel() > 0:
        x2 = x2.clone()
        x2[..., : x2.shape[-1] // 2] = x1[..., : x2.shape[-1] // 2]  # exact zero differences
        if x1.dim() >= 2:
            x2[0] = x1[0]  # a whole row: identical points
    return x1, x2


@pytest.mark.parametrize("case", grid(
    dict(layout=("2d",), p=P_NORMS, eps=(0.0, 1e-6, 0.1), keepdim=(False,), data=DATA + ("large", "huge")),
    dict(layout=tuple(PAIRWISE), p=(0.0, 1.0, 2.0, 3.0, -1.0, INF), eps=(0.0,), keepdim=(False,), data=("ties",)),
    dict(layout=tuple(PAIRWISE), p=(0.0, 1.0, 2.0, 3.0, -1.0, INF), eps=(1e-6,), keepdim=(False,),
         data=("ties", "inf")),
    dict(layout=tuple(PAIRWISE), p=(2.0, INF), eps=(1e-6,), keepdim=(True,), data=("randn",)),
))
def test_pairwise_distance(case, request):
    case_id = request.node.callspec.id
    x1, x2 = pairwise_inputs(case_id, case["layout"], case["data"])
    kwargs = dict(p=case["p"], eps=case["eps"], keepdim=case["keepdim"])
    agree("pairwise_distance", case_id, [x1, x2], kwargs, grad=(0, 1))


# ---------------------------------------------------------------------------------------------
# cosine_similarity: eps (0 too) x data (with zero and sub-eps vectors, overflowing squares) on a
# batch; every layout (dim, broadcasting, 0-d, empty, an integer input, refused ones) with a few eps

COSINE = {  # x1, x2 shapes, dim
    "2d_dim1": ((4, 5), (4, 5), 1), "2d_dim0": ((4, 5), (4, 5), 0), "2d_dim-1": ((4, 5), (4, 5), -1),
    "1d": ((5,), (5,), 0), "0d": ((), (), 0), "4d": ((2, 3, 2, 2), (2, 3, 2, 2), 1),
    "bc_row": ((4, 5), (5,), -1), "bc_pairs": ((3, 1, 5), (4, 5), -1), "bc_lead_dim0": ((2, 3, 4), (3, 4), 0),
    "empty_batch": ((0, 5), (0, 5), 1), "empty_vectors": ((4, 0), (4, 0), 1), "int_x1": ((4, 5), (4, 5), 1),
    "err_dim": ((5,), (5,), 1), "err_shape": ((2, 3), (2, 4), 1),
}


def cosine_inputs(case_id, layout, kind):
    g = generator(case_id)
    s1, s2, dim = COSINE[layout]
    x1, x2 = data(g, s1, "randn" if kind == "small" else kind), data(g, s2, "randn" if kind == "small" else kind)
    if kind == "small" and x1.dim() >= 2 and x1.shape[0] >= 2:
        x1 = x1.clone()
        x1[0], x1[1] = 0.0, x1[1] * 1e-10  # a zero vector and one far below any eps
    if layout == "int_x1":
        x1 = x1.round().to(torch.long)
    return x1, x2, dim


@pytest.mark.parametrize("case", grid(
    dict(layout=("2d_dim1",), eps=(0.0, 1e-8, 1e-3, 0.5), data=DATA + ("small", "large", "huge")),
    dict(layout=tuple(k for k in COSINE if k != "int_x1"), eps=(0.0, 1e-8, 0.5), data=("randn", "small", "inf")),
    dict(layout=("int_x1",), eps=(0.0, 1e-8, 0.5), data=("randn", "small")),  # no nan or inf in an integer tensor
    dict(layout=("2d_dim1",), eps=(-1.0,), data=("randn",)),
))
def test_cosine_similarity(case, request):
    case_id = request.node.callspec.id
    x1, x2, dim = cosine_inputs(case_id, case["layout"], case["data"])
    grad = (1,) if case["layout"] == "int_x1" else (0, 1)
    agree("cosine_similarity", case_id, [x1, x2], dict(dim=dim, eps=case["eps"]), grad=grad)
