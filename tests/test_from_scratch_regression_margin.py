"""The from-scratch regression and margin losses agree with torch.nn.functional over a grid.

Each snippets/losses/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name>. Every case below runs both on the same float64 inputs and checks

* the value: shape, dtype and numbers (NaN where torch gives NaN);
* the gradients, by autograd, with respect to the input and every other float tensor argument
  torch can differentiate (target, var, weight, ...), fed an uneven upstream gradient so that each
  element counts on its own. They must agree wherever torch's gradient is not NaN (infinities
  included); where torch's is NaN (its own 0 * inf artefacts, such as the target gradient of
  kl_div at target 0) ours may be NaN or finite;
* the warnings: broadcasting, deprecated size_average/reduce, kl_div's 'mean'.

The grid: every reduction; every parameter over several values, each crossed with every kind of
data; 0-d, unbatched, higher-dimensional and broadcast shapes; data that is continuous ('randn'),
dyadic so that ties and kinks are hit exactly ('ties'), or holds NaN ('nan') or +-inf ('inf');
and the deprecated size_average/reduce pairs. Inputs come from a torch.Generator seeded by the id.
"""

import functools
import itertools
import math
import warnings
import zlib

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load
from grid_cases import generator

DTYPE = torch.float64
INF = math.inf
REDUCTIONS = ("none", "mean", "sum")
DATA = ("randn", "ties", "nan", "inf")
# every (size_average, reduce) pair that sets at least one of them: it overrides `reduction`
LEGACY = tuple((s, r) for s in (None, True, False) for r in (None, True, False) if (s, r) != (None, None))


# ---------------------------------------------------------------------------------------------
# loading, comparing


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/losses/<name>/from_scratch.py, loaded without running its prints."""
    return load("losses", name)


def _call(fn, args, kwargs, grad, seed):
    """fn's value, its gradients w.r.t. the `grad` arguments (positions or keywords), its warnings."""
    args = [a.detach().clone() if torch.is_tensor(a) else a for a in args]
    kwargs = {k: v.detach().clone() if torch.is_tensor(v) else v for k, v in kwargs.items()}
    leaves = [(args[k] if isinstance(k, int) else kwargs[k]).requires_grad_() for k in grad]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = fn(*args, **kwargs)
    grads = [None] * len(leaves)
    if out.requires_grad:
        upstream = torch.randn(out.shape, generator=torch.Generator().manual_seed(seed), dtype=out.dtype)
        grads = torch.autograd.grad(out, leaves, upstream, allow_unused=True)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, leaves)]
    return out.detach(), grads, [(w.category.__name__, str(w.message)) for w in caught]


def _assert_close(ours, ref, what):
    if not (ours.shape == ref.shape and ours.dtype == ref.dtype
            and torch.allclose(ours, ref, rtol=1e-7, atol=1e-7, equal_nan=True)):
        torch.testing.assert_close(ours, ref, rtol=1e-7, atol=1e-7, equal_nan=True, msg=lambda m: f"{what}: {m}")
        raise AssertionError(f"{what}: {ours} != {ref}")


def agree(name, case_id, args, kwargs, grad):
    """from_scratch(name) and F.<name> agree on (args, kwargs): value, gradients of `grad`, warnings."""
    seed = zlib.crc32(case_id.encode())
    ours, ours_grads, ours_warnings = _call(from_scratch(name), args, kwargs, grad, seed)
    ref, ref_grads, ref_warnings = _call(getattr(F, name), args, kwargs, grad, seed)
    _assert_close(ours, ref, f"{name} value")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        assert o.shape == r.shape, f"{name} gradient of argument {key!r}: shape {o.shape} != {r.shape}"
        compared = ~r.isnan()
        _assert_close(o[compared], r[compared], f"{name} gradient of argument {key!r} (where torch's is not NaN)")
    assert ours_warnings == ref_warnings, f"{name} warnings differ"


# ---------------------------------------------------------------------------------------------
# the grid

_ID_ORDER = ("legacy", "reduction", "shape", "layout", "distance", "p", "margin", "beta", "delta", "log_input_eps",
             "full", "full_eps", "eps", "log_target", "swap", "weight", "target", "data")
_BARE = {"reduction", "shape", "layout", "data"}  # shown without their name
_PAIRS = {"legacy": ("size_average", "reduce"), "log_input_eps": ("log_input", "eps"), "full_eps": ("full", "eps")}


def _case_id(case):
    assert set(case) <= set(_ID_ORDER), f"unknown grid dimension in {sorted(case)}"
    parts = []
    for key in (k for k in _ID_ORDER if k in case):
        if key in _PAIRS:
            parts.extend(f"{name}={value}" for name, value in zip(_PAIRS[key], case[key]))
        else:
            parts.append(str(case[key]) if key in _BARE else f"{key}={case[key]}")
    return "-".join(parts)


def grid(*blocks):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            cases.setdefault(_case_id(case), case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


def legacy_kwargs(case):
    """The deprecated arguments of a legacy case, else `reduction`."""
    if "legacy" in case:
        size_average, reduce = case["legacy"]
        return dict(size_average=size_average, reduce=reduce, reduction=case["reduction"])
    return dict(reduction=case["reduction"])


# ---------------------------------------------------------------------------------------------
# deterministic inputs


def randn(g, shape, scale=1.0):
    return torch.randn(shape, generator=g, dtype=DTYPE) * scale


def uniform(g, shape, low=0.0, high=1.0):
    return low + (high - low) * torch.rand(shape, generator=g, dtype=DTYPE)


def dyadic(g, shape, low=-8, high=8, denominator=4):
    """Multiples of 1/denominator: their sums and differences are exact, so ties and kinks really happen."""
    return torch.randint(low, high + 1, shape, generator=g).to(DTYPE) / denominator


def poison(g, t, data, inf_signs=(1, -1)):
    """t with a NaN ('nan'), or a +inf and a -inf ('inf'), at random positions; t itself otherwise."""
    if data not in ("nan", "inf") or t.numel() == 0:
        return t
    t = t.clone()
    for value in [math.nan] if data == "nan" else [sign * INF for sign in inf_signs]:
        t.view(-1)[torch.randint(t.numel(), (1,), generator=g).item()] = value
    return t


# input shape, target shape: 0-d, unbatched, batched, higher-dimensional, and broadcasting ones
SHAPES = {"0d": ((), ()), "1d": ((5,), (5,)), "2d": ((3, 4), (3, 4)), "4d": ((2, 1, 3, 2), (2, 1, 3, 2)),
          "bc_3x1_4": ((3, 1), (4,)), "bc_0d_3": ((), (3,)), "bc_2x3_0d": ((2, 3), ())}


def pair(case_id, shape, data):
    """(input, target): continuous, dyadic ('ties': many equal pairs and errors on the kinks), NaN, +-inf."""
    g = generator(case_id)
    make = (lambda s: dyadic(g, s)) if data == "ties" else (lambda s: randn(g, s))
    return tuple(poison(g, make(s), data) for s in SHAPES[shape])


def weight_for(case_id, kind, shape):
    g = generator(case_id, "weight")
    if kind == "pos":
        return uniform(g, shape, 0.1, 2.0)
    if kind == "mixed":  # zeros and negative weights
        return dyadic(g, shape, -4, 4, 2)
    return None


# ---------------------------------------------------------------------------------------------
# l1_loss, mse_loss: weight (None, positive, with zeros and negatives) x data x reductions on a plain
# and a broadcast shape; every shape; the deprecated arguments

WEIGHTS = (None, "pos", "mixed")
L1_MSE_CASES = grid(
    dict(reduction=REDUCTIONS, shape=("2d", "bc_3x1_4"), weight=WEIGHTS, data=DATA),
    dict(reduction=REDUCTIONS, shape=tuple(SHAPES), weight=(None,), data=DATA),
    dict(reduction=("mean",), shape=tuple(SHAPES), weight=("mixed",), data=("ties",)),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), weight=(None,), data=("ties",)),
    dict(legacy=LEGACY, reduction=("none",), shape=("bc_3x1_4",), weight=("mixed",), data=("randn",)),
)


def run_weighted(name, case, case_id, **params):
    x, y = pair(case_id, case["shape"], case["data"])
    kwargs = dict(legacy_kwargs(case), **params)
    grad = (0, 1)
    if case["weight"] is not None:
        kwargs["weight"] = weight_for(case_id, case["weight"], x.shape)
        grad = (0, 1, "weight")
    agree(name, case_id, (x, y), kwargs, grad)


@pytest.mark.parametrize("case", L1_MSE_CASES)
def test_l1_loss(case, request):
    run_weighted("l1_loss", case, request.node.callspec.id)


@pytest.mark.parametrize("case", L1_MSE_CASES)
def test_mse_loss(case, request):
    run_weighted("mse_loss", case, request.node.callspec.id)


# ---------------------------------------------------------------------------------------------
# smooth_l1_loss: beta (0: plain L1) x data x reductions; huber_loss: delta x weight x data x reductions


@pytest.mark.parametrize("case", grid(
    dict(reduction=REDUCTIONS, shape=("2d", "bc_3x1_4"), beta=(0.0, 0.5, 1.0, 2.0), data=DATA),
    dict(reduction=REDUCTIONS, shape=tuple(SHAPES), beta=(1.0,), data=DATA),
    dict(reduction=("sum",), shape=tuple(SHAPES), beta=(0.0,), data=("ties",)),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), beta=(0.5,), data=("ties",)),
))
def test_smooth_l1_loss(case, request):
    case_id = request.node.callspec.id
    x, y = pair(case_id, case["shape"], case["data"])
    agree("smooth_l1_loss", case_id, (x, y), dict(legacy_kwargs(case), beta=case["beta"]), grad=(0, 1))


@pytest.mark.parametrize("case", grid(
    dict(reduction=REDUCTIONS, shape=("2d",), delta=(0.5, 1.0, 2.5), weight=(None, "mixed"), data=DATA),
    dict(reduction=REDUCTIONS, shape=("bc_3x1_4",), delta=(1.0,), weight=(None, "mixed"), data=DATA),
    dict(reduction=REDUCTIONS, shape=tuple(SHAPES), delta=(0.5,), weight=(None,), data=DATA),
    dict(reduction=REDUCTIONS, shape=("1d",), delta=(0.5, 1.0, 2.5), weight=("pos",), data=("ties",)),
))
def test_huber_loss(case, request):
    run_weighted("huber_loss", case, request.node.callspec.id, delta=case["delta"])


# ---------------------------------------------------------------------------------------------
# kl_div: reductions incl. 'batchmean' x log_target x targets (probabilities, exact zeros, negative,
# NaN, +-inf) on a batch and on 0-d; every shape; the deprecated arguments (with 'batchmean' too)

KL_DATA = ("probs", "zeros", "negative", "nan", "inf")
KL_REDUCTIONS = REDUCTIONS + ("batchmean",)


def kl_inputs(case_id, shape, data, log_target):
    g = generator(case_id)
    in_shape, target_shape = SHAPES[shape]
    x = randn(g, in_shape) - 1.0  # log-probabilities (any real is accepted)
    if log_target:
        y = randn(g, target_shape) - 1.0
        if data == "zeros":  # log 0 = -inf
            y = poison(g, y, "inf", inf_signs=(-1, -1))
        elif data == "negative":  # log-probabilities above 0 as well
            y = dyadic(g, target_shape, -8, 2)
    else:
        y = uniform(g, target_shape)
        if data == "zeros":
            y = torch.where(uniform(g, target_shape) < 0.4, 0.0, y)
        elif data == "negative":
            y = randn(g, target_shape)
    return poison(g, x, data), poison(g, y, data)


@pytest.mark.parametrize("case", grid(
    dict(reduction=KL_REDUCTIONS, shape=("2d", "0d"), log_target=(False, True), data=KL_DATA),
    dict(reduction=KL_REDUCTIONS, shape=tuple(SHAPES), log_target=(False, True), data=("zeros",)),
    dict(legacy=LEGACY, reduction=KL_REDUCTIONS, shape=("2d",), log_target=(False,), data=("zeros",)),
    dict(legacy=LEGACY, reduction=("batchmean",), shape=("2d",), log_target=(True,), data=("probs",)),
))
def test_kl_div(case, request):
    case_id = request.node.callspec.id
    x, y = kl_inputs(case_id, case["shape"], case["data"], case["log_target"])
    agree("kl_div", case_id, (x, y), dict(legacy_kwargs(case), log_target=case["log_target"]), grad=(0, 1))


# ---------------------------------------------------------------------------------------------
# poisson_nll_loss: (log_input, eps) x full x data x reductions; every shape; deprecated arguments

POISSON_DATA = ("counts", "real", "nan", "inf")
LOG_INPUT_EPS = ((True, 1e-8), (False, 1e-8), (False, 1e-3), (False, 0.5))  # eps only enters log_input=False


def poisson_inputs(case_id, shape, data, log_input):
    g = generator(case_id)
    in_shape, target_shape = SHAPES[shape]
    x = randn(g, in_shape) if log_input else dyadic(g, in_shape, -1, 12)  # rates incl. 0 and one negative
    if data == "counts":  # 0 and 1 (where `full` adds nothing) and larger counts
        y = torch.randint(0, 6, target_shape, generator=g).to(DTYPE)
    else:
        y = uniform(g, target_shape, 0.0, 4.0)
    return poison(g, x, data), poison(g, y, data)


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), shape=("2d",), log_input_eps=LOG_INPUT_EPS, full=(False, True), data=POISSON_DATA),
    dict(reduction=REDUCTIONS, shape=("2d",), log_input_eps=LOG_INPUT_EPS, full=(False, True), data=("counts",)),
    dict(reduction=REDUCTIONS, shape=tuple(SHAPES), log_input_eps=LOG_INPUT_EPS[::3], full=(True,),
         data=("counts", "inf")),
    dict(reduction=("sum",), shape=tuple(SHAPES), log_input_eps=LOG_INPUT_EPS[::3], full=(False,), data=("nan",)),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), log_input_eps=LOG_INPUT_EPS[:1], full=(True,),
         data=("counts",)),
    dict(legacy=LEGACY, reduction=("mean",), shape=("2d",), log_input_eps=LOG_INPUT_EPS[2:3], full=(True,),
         data=("real",)),
))
def test_poisson_nll_loss(case, request):
    case_id = request.node.callspec.id
    log_input, eps = case["log_input_eps"]
    x, y = poisson_inputs(case_id, case["shape"], case["data"], log_input)
    kwargs = dict(legacy_kwargs(case), log_input=log_input, full=case["full"], eps=eps)
    agree("poisson_nll_loss", case_id, (x, y), kwargs, grad=(0, 1))


# ---------------------------------------------------------------------------------------------
# gaussian_nll_loss: every accepted var shape (same, float, one dimension fewer, one dimension of
# size 1) and broadcasting target/input; (full, eps incl. 0) x data x reductions

GAUSSIAN_LAYOUTS = {  # name: (input shape, target shape, var shape or "float")
    "0d-var_same": ((), (), ()),
    "0d-var_float": ((), (), "float"),
    "1d-var_same": ((5,), (5,), (5,)),
    "1d-var_float": ((5,), (5,), "float"),
    "1d-var_0d": ((5,), (5,), ()),
    "1d-var_1": ((5,), (5,), (1,)),
    "2d-var_same": ((3, 4), (3, 4), (3, 4)),
    "2d-var_float": ((3, 4), (3, 4), "float"),
    "2d-var_fewer": ((3, 4), (3, 4), (3,)),
    "2d-var_1x4": ((3, 4), (3, 4), (1, 4)),
    "2d-var_3x1": ((3, 4), (3, 4), (3, 1)),
    "4d-var_same": ((2, 3, 2, 2), (2, 3, 2, 2), (2, 3, 2, 2)),
    "4d-var_fewer": ((2, 3, 2, 2), (2, 3, 2, 2), (2, 3, 2)),
    "4d-var_2x1x2x2": ((2, 3, 2, 2), (2, 3, 2, 2), (2, 1, 2, 2)),
    "bc_target-var_same": ((4,), (3, 4), (4,)),
    "bc_input-var_same": ((3, 1), (3, 4), (3, 1)),
}
FULL_EPS = ((False, 1e-6), (True, 1e-6), (False, 0.1), (True, 0.0))


def gaussian_inputs(case_id, layout, data):
    g = generator(case_id)
    in_shape, target_shape, var_shape = GAUSSIAN_LAYOUTS[layout]
    if data == "ties":  # exact zero errors, and variances of exactly 0 (below every eps)
        x, y = dyadic(g, in_shape, -2, 2), dyadic(g, target_shape, -2, 2)
        var = 0.0 if var_shape == "float" else dyadic(g, var_shape, 0, 3, 8)
    else:
        x, y = randn(g, in_shape), randn(g, target_shape)
        var = 0.7 if var_shape == "float" else uniform(g, var_shape, 0.01, 2.0)
    x, y = poison(g, x, data), poison(g, y, data)
    if torch.is_tensor(var):
        var = poison(g, var, data, inf_signs=(1,))  # a negative var is an error
    return x, y, var


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), layout=("2d-var_same", "2d-var_3x1", "1d-var_float"), full_eps=FULL_EPS, data=DATA),
    dict(reduction=REDUCTIONS, layout=("2d-var_fewer",), full_eps=FULL_EPS, data=("ties",)),
    dict(reduction=REDUCTIONS, layout=tuple(GAUSSIAN_LAYOUTS), full_eps=FULL_EPS[:1], data=("ties",)),
    dict(reduction=("none",), layout=tuple(GAUSSIAN_LAYOUTS), full_eps=FULL_EPS[:1], data=DATA),
))
def test_gaussian_nll_loss(case, request):
    case_id = request.node.callspec.id
    full, eps = case["full_eps"]
    x, y, var = gaussian_inputs(case_id, case["layout"], case["data"])
    kwargs = dict(reduction=case["reduction"], full=full, eps=eps)
    agree("gaussian_nll_loss", case_id, (x, y, var), kwargs, grad=(0, 1, 2) if torch.is_tensor(var) else (0, 1))


# ---------------------------------------------------------------------------------------------
# margin_ranking_loss, hinge_embedding_loss: margin (0 and negative too) x targets (+-1, 0/1, any
# float) x data; every shape (broadcasting ones too) x reductions; the deprecated arguments

TARGETS = ("pm1", "01", "real")


def target_like(g, shape, kind):
    if kind == "pm1":
        return torch.randint(0, 2, shape, generator=g).to(DTYPE) * 2 - 1
    if kind == "01":
        return torch.randint(0, 2, shape, generator=g).to(DTYPE)
    return dyadic(g, shape, -6, 6)  # any float is accepted: -1.5, 0, 1, 0.25, ...


RANKING_SHAPES = {  # input1, input2, target shapes (torch asks for equal numbers of dimensions)
    "0d": ((), (), ()), "1d": ((5,), (5,), (5,)), "2d": ((3, 4), (3, 4), (3, 4)),
    "4d": ((2, 1, 3, 2), (2, 1, 3, 2), (2, 1, 3, 2)),
    "bc_3x1_1x4_3x4": ((3, 1), (1, 4), (3, 4)), "bc_3x4_3x4_1x4": ((3, 4), (3, 4), (1, 4)),
}


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), shape=("2d",), margin=(0.0, 0.5, -0.5, 2.0), target=TARGETS, data=DATA),
    dict(reduction=REDUCTIONS, shape=("2d",), margin=(0.0, 0.5, -0.5, 2.0), target=("pm1",), data=("ties",)),
    dict(reduction=REDUCTIONS, shape=tuple(RANKING_SHAPES), margin=(0.5,), target=("real",), data=DATA),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), margin=(0.5,), target=("pm1",), data=("ties",)),
))
def test_margin_ranking_loss(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    data, shapes = case["data"], RANKING_SHAPES[case["shape"]]
    make = (lambda s: dyadic(g, s, -4, 4)) if data == "ties" else (lambda s: randn(g, s))
    x1, x2 = poison(g, make(shapes[0]), data), poison(g, make(shapes[1]), data)
    y = poison(g, target_like(g, shapes[2], case["target"]), data)
    agree("margin_ranking_loss", case_id, (x1, x2, y), dict(legacy_kwargs(case), margin=case["margin"]),
          grad=(0, 1, 2))


HINGE_SHAPES = {"0d": ((), ()), "1d": ((5,), (5,)), "2d": ((3, 4), (3, 4)), "4d": ((2, 1, 3, 2), (2, 1, 3, 2)),
                "bc_4_3x4": ((4,), (3, 4)), "bc_3x4_4": ((3, 4), (4,)), "bc_3x4_0d": ((3, 4), ())}


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), shape=("1d",), margin=(1.0, 0.0, -0.5, 2.0), target=TARGETS, data=DATA),
    dict(reduction=REDUCTIONS, shape=("2d",), margin=(1.0, 0.0, -0.5, 2.0), target=("pm1", "01"), data=("ties",)),
    dict(reduction=REDUCTIONS, shape=tuple(HINGE_SHAPES), margin=(1.0,), target=("real",), data=DATA),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), margin=(1.0,), target=("pm1",), data=("ties",)),
))
def test_hinge_embedding_loss(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    data, shapes = case["data"], HINGE_SHAPES[case["shape"]]
    x = dyadic(g, shapes[0], -4, 12) if data == "ties" else randn(g, shapes[0]).abs()  # distances, a few < 0
    x = poison(g, x, data)
    y = poison(g, target_like(g, shapes[1], case["target"]), data)
    # the target gets no gradient in either (torch: None; compared as zeros)
    agree("hinge_embedding_loss", case_id, (x, y), dict(legacy_kwargs(case), margin=case["margin"]), grad=(0, 1))


# ---------------------------------------------------------------------------------------------
# soft_margin_loss: targets x data (incl. |x| large enough for exp to overflow) x reductions; every
# shape (torch broadcasts the target to the input, not the other way); the deprecated arguments

SOFT_SHAPES = {"0d": ((), ()), "1d": ((5,), (5,)), "2d": ((3, 4), (3, 4)), "4d": ((2, 1, 3, 2), (2, 1, 3, 2)),
               "bc_3x4_4": ((3, 4), (4,)), "bc_3x4_3x1": ((3, 4), (3, 1)), "bc_3x4_0d": ((3, 4), ())}
SOFT_DATA = ("randn", "large", "nan", "inf")


@pytest.mark.parametrize("case", grid(
    dict(reduction=REDUCTIONS, shape=("2d",), target=TARGETS, data=SOFT_DATA),
    dict(reduction=REDUCTIONS, shape=tuple(SOFT_SHAPES), target=("pm1",), data=SOFT_DATA),
    dict(legacy=LEGACY, reduction=REDUCTIONS, shape=("2d",), target=("pm1",), data=("randn",)),
))
def test_soft_margin_loss(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    data, shapes = case["data"], SOFT_SHAPES[case["shape"]]
    x = poison(g, randn(g, shapes[0], scale=400.0 if data == "large" else 1.0), data)
    y = poison(g, target_like(g, shapes[1], case["target"]), data)
    # torch cannot differentiate soft_margin_loss with respect to the target
    agree("soft_margin_loss", case_id, (x, y), legacy_kwargs(case), grad=(0,))


# ---------------------------------------------------------------------------------------------
# multi_margin_loss: p x margin (0 and negative too) x weight (None, positive, with zeros and
# negatives) x data on (N, C); every accepted layout (0-d, unbatched, a 0-d or (1,) target, one
# class) x p x reductions; the deprecated arguments

MULTI_LAYOUTS = {  # name: (input shape, target shape)
    "N4xC5": ((4, 5), (4,)),
    "N1xC5-target_1": ((1, 5), (1,)),
    "N1xC5-target_0d": ((1, 5), ()),
    "C5-target_0d": ((5,), ()),
    "C5-target_1": ((5,), (1,)),
    "0d-target_0d": ((), ()),
    "0d-target_1": ((), (1,)),
    "N3xC1": ((3, 1), (3,)),
}


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), layout=("N4xC5",), p=(1, 2), margin=(1.0, 0.0, -0.5, 2.0), weight=WEIGHTS, data=DATA),
    dict(reduction=REDUCTIONS, layout=("N4xC5",), p=(1, 2), margin=(1.0,), weight=WEIGHTS, data=("ties",)),
    dict(reduction=REDUCTIONS, layout=tuple(MULTI_LAYOUTS), p=(1, 2), margin=(1.0,), weight=("mixed",),
         data=("ties",)),
    dict(reduction=("none",), layout=tuple(MULTI_LAYOUTS), p=(1, 2), margin=(0.5,), weight=(None,),
         data=("nan", "inf")),
    dict(legacy=LEGACY, reduction=REDUCTIONS, layout=("N4xC5",), p=(1,), margin=(1.0,), weight=("pos",),
         data=("ties",)),
))
def test_multi_margin_loss(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    (in_shape, target_shape), data = MULTI_LAYOUTS[case["layout"]], case["data"]
    x = dyadic(g, in_shape, -4, 4) if data == "ties" else randn(g, in_shape)  # ties: hinges exactly at 0
    x = poison(g, x, data)
    classes = in_shape[-1] if in_shape else 1
    y = torch.randint(0, classes, target_shape, generator=g)
    kwargs = dict(legacy_kwargs(case), p=case["p"], margin=case["margin"],
                  weight=weight_for(case_id, case["weight"], (classes,)))
    # torch cannot differentiate multi_margin_loss with respect to the weight
    agree("multi_margin_loss", case_id, (x, y), kwargs, grad=(0,))


# ---------------------------------------------------------------------------------------------
# cosine_embedding_loss: margin (0 and negative too) x targets x data (incl. zero and parallel
# vectors) x reductions; every layout (unbatched, broadcasting); the deprecated arguments

COSINE_LAYOUTS = {  # name: (input1 shape, input2 shape, target shape)
    "N4xD3": ((4, 3), (4, 3), (4,)),
    "D3-target_0d": ((3,), (3,), ()),
    "bc_input2_1xD3": ((4, 3), (1, 3), (4,)),
    "bc_target_1": ((4, 3), (4, 3), (1,)),
}


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), layout=("N4xD3",), margin=(0.0, 0.5, -0.5, 1.0), target=TARGETS, data=DATA),
    dict(reduction=REDUCTIONS, layout=("N4xD3",), margin=(0.0, 0.5, -0.5, 1.0), target=("pm1",), data=("ties",)),
    dict(reduction=REDUCTIONS, layout=tuple(COSINE_LAYOUTS), margin=(0.5,), target=("real",), data=DATA),
    dict(legacy=LEGACY, reduction=REDUCTIONS, layout=("N4xD3",), margin=(0.2,), target=("pm1",), data=("randn",)),
))
def test_cosine_embedding_loss(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    shapes, data = COSINE_LAYOUTS[case["layout"]], case["data"]
    if data == "ties":  # zero vectors and (anti)parallel pairs
        x1 = dyadic(g, shapes[0], -1, 1, 1)
        x2 = x1 * dyadic(g, shapes[1][:-1] + (1,), -2, 2, 1)
    else:
        x1, x2 = randn(g, shapes[0]), randn(g, shapes[1])
    x1, x2 = poison(g, x1, data), poison(g, x2, data)
    y = poison(g, target_like(g, shapes[2], case["target"]), data)
    # the target gets no gradient in either (torch: None; compared as zeros)
    agree("cosine_embedding_loss", case_id, (x1, x2, y), dict(legacy_kwargs(case), margin=case["margin"]),
          grad=(0, 1, 2))


# ---------------------------------------------------------------------------------------------
# triplet_margin_loss: p (incl. 0, < 1, negative, +-inf) x eps (incl. 0) x swap x data; margin (> 0:
# torch rejects the rest) x swap x reductions; every layout; the deprecated arguments.
# triplet_margin_with_distance_loss: distance functions x swap x reductions x data; every layout

TRIPLET_LAYOUTS = {  # anchor, positive, negative shapes (torch asks for equal numbers of dimensions)
    "N4xD3": ((4, 3), (4, 3), (4, 3)),
    "D3": ((3,), (3,), (3,)),
    "0d": ((), (), ()),
    "2x3xD4": ((2, 3, 4), (2, 3, 4), (2, 3, 4)),
    "bc_positive_1xD3": ((4, 3), (1, 3), (4, 3)),
    "bc_anchor_1xD3": ((1, 3), (4, 3), (4, 3)),
}


def triplet_inputs(case_id, layout, data, eps):
    g = generator(case_id)
    shapes = TRIPLET_LAYOUTS[layout]
    if data == "ties":  # equal points, equal coordinates, equal distances
        a, pos, neg = (dyadic(g, s, -2, 2, 2) for s in shapes)
        if a.shape == pos.shape:  # first anchor 0, first positive eps: anchor - positive + eps == 0 exactly
            width = a.shape[-1] if a.dim() else 1
            a.view(-1)[:width] = 0.0
            pos.view(-1)[:width] = eps
    else:
        a, pos, neg = (randn(g, s) for s in shapes)
    a, pos, neg = (poison(g, t, data) for t in (a, pos, neg))
    if data == "inf":  # and the last negative infinitely far in every coordinate
        neg.view(-1)[-(neg.shape[-1] if neg.dim() else 1):] = INF
    return a, pos, neg


@pytest.mark.parametrize("case", grid(
    dict(reduction=("none",), layout=("N4xD3",), p=(2, 1, 3, 0.5, 0, -1, INF, -INF), eps=(1e-6, 0.0, 0.1),
         margin=(1.0,), swap=(False,), data=DATA),
    dict(reduction=("none",), layout=("N4xD3",), p=(2, 1, 3, 0.5, 0, -1, INF, -INF), eps=(1e-6,),
         margin=(1.0,), swap=(True,), data=DATA),
    dict(reduction=REDUCTIONS, layout=("N4xD3",), p=(2,), eps=(1e-6,), margin=(1.0, 0.5, 2.0), swap=(False, True),
         data=("ties",)),
    dict(reduction=REDUCTIONS, layout=tuple(TRIPLET_LAYOUTS), p=(2,), eps=(1e-6,), margin=(1.0,), swap=(False,),
         data=DATA),
    dict(reduction=("sum",), layout=("0d", "D3", "2x3xD4"), p=(1, 3, 0.5, INF), eps=(0.0,), margin=(1.0,),
         swap=(True,), data=("ties",)),
    dict(legacy=LEGACY, reduction=REDUCTIONS, layout=("N4xD3",), p=(2,), eps=(1e-6,), margin=(1.0,),
         swap=(False,), data=("randn",)),
))
def test_triplet_margin_loss(case, request):
    case_id = request.node.callspec.id
    inputs = triplet_inputs(case_id, case["layout"], case["data"], case["eps"])
    kwargs = dict(legacy_kwargs(case), p=case["p"], eps=case["eps"], margin=case["margin"], swap=case["swap"])
    agree("triplet_margin_loss", case_id, inputs, kwargs, grad=(0, 1, 2))


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y, dim=-1)


def squared_euclidean(x, y):
    return (x - y).pow(2).sum(dim=-1)


DISTANCES = {"default": None, "pairwise_p1": nn.PairwiseDistance(p=1.0), "cosine": cosine_distance,
             "squared_euclidean": squared_euclidean}


@pytest.mark.parametrize("case", grid(
    dict(reduction=REDUCTIONS, layout=("N4xD3",), distance=tuple(DISTANCES), margin=(1.0,), swap=(False, True),
         data=DATA),
    dict(reduction=("none",), layout=tuple(TRIPLET_LAYOUTS), distance=("default", "pairwise_p1", "squared_euclidean"),
         margin=(1.0,), swap=(False, True), data=("ties", "inf")),
    dict(reduction=("none",), layout=tuple(k for k in TRIPLET_LAYOUTS if k != "0d"), distance=("cosine",),
         margin=(1.0,), swap=(False, True), data=("ties", "inf")),  # not 0-d: cosine_similarity needs a dimension
    dict(reduction=("mean",), layout=("N4xD3",), distance=("default", "cosine"), margin=(0.5, 2.0), swap=(False, True),
         data=("ties",)),
))
def test_triplet_margin_with_distance_loss(case, request):
    case_id = request.node.callspec.id
    inputs = triplet_inputs(case_id, case["layout"], case["data"], 1e-6)  # 1e-6: pairwise_distance's eps
    kwargs = dict(distance_function=DISTANCES[case["distance"]], margin=case["margin"], swap=case["swap"],
                  reduction=case["reduction"])
    agree("triplet_margin_with_distance_loss", case_id, inputs, kwargs, grad=(0, 1, 2))


# ---------------------------------------------------------------------------------------------
# the edges of the grid: the parameter values torch rejects, ours reject with the same exception


def _x(*shape):
    return torch.ones(shape, dtype=DTYPE)


REJECTED = {
    "smooth_l1_loss-beta=-1": ("smooth_l1_loss", (_x(3), _x(3)), dict(beta=-1.0)),
    "huber_loss-delta=0": ("huber_loss", (_x(3), _x(3)), dict(delta=0.0)),
    "huber_loss-delta=-1": ("huber_loss", (_x(3), _x(3)), dict(delta=-1.0)),
    "l1_loss-weight_shape": ("l1_loss", (_x(3), _x(3)), dict(weight=_x(1))),
    "kl_div-reduction=bogus": ("kl_div", (_x(3), _x(3)), dict(reduction="bogus")),
    "gaussian_nll_loss-var_negative": ("gaussian_nll_loss", (_x(3), _x(3), -_x(3)), {}),
    "gaussian_nll_loss-var_shape": ("gaussian_nll_loss", (_x(2, 3), _x(2, 3), _x(1, 1)), {}),
    "margin_ranking_loss-dims": ("margin_ranking_loss", (_x(3), _x(3), _x(1, 3)), {}),
    "multi_margin_loss-p=3": ("multi_margin_loss", (_x(2, 3), torch.zeros(2, dtype=torch.long)), dict(p=3)),
    "multi_margin_loss-weight_2d": ("multi_margin_loss", (_x(2, 3), torch.zeros(2, dtype=torch.long)),
                                    dict(weight=_x(1, 3))),
    "triplet_margin_loss-margin=0": ("triplet_margin_loss", (_x(2, 3), _x(2, 3), _x(2, 3)), dict(margin=0.0)),
    "triplet_margin_loss-margin=-1": ("triplet_margin_loss", (_x(2, 3), _x(2, 3), _x(2, 3)), dict(margin=-1.0)),
    "triplet_margin_loss-dims": ("triplet_margin_loss", (_x(2, 3), _x(3), _x(2, 3)), {}),
    "triplet_margin_with_distance_loss-margin=0": ("triplet_margin_with_distance_loss",
                                                   (_x(2, 3), _x(2, 3), _x(2, 3)), dict(margin=0.0)),
    "triplet_margin_with_distance_loss-reduction=bogus": ("triplet_margin_with_distance_loss",
                                                          (_x(2, 3), _x(2, 3), _x(2, 3)), dict(reduction="bogus")),
}


@pytest.mark.parametrize("name, args, kwargs", REJECTED.values(), ids=REJECTED.keys())
def test_rejected_arguments(name, args, kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(Exception) as ref:
            getattr(F, name)(*args, **kwargs)
        with pytest.raises(type(ref.value)):
            from_scratch(name)(*args, **kwargs)
