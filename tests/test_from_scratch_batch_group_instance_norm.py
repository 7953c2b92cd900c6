"""The from-scratch batch_norm, instance_norm and group_norm agree with torch.nn.functional over a grid.

Each snippets/normalization/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name>. Every case below runs both on the same float64 inputs and checks

* the value: shape, dtype and numbers (NaN where torch gives NaN);
* the gradients, by autograd, with respect to the input, the weight and the bias, fed an uneven
  upstream gradient so that each element counts on its own (NaN where torch's is NaN);
* the running statistics after the call: batch_norm and instance_norm update them in place
  (training / use_input_stats), and leave them alone otherwise;
* the errors: where torch raises, ours raises the same exception type (and, for the errors the
  pages document, the same message).

The grid: training and eval (batch_norm), use_input_stats (instance_norm); momentum 0, 0.1, 0.5, 1;
eps from 0 (batch_norm accepts it in eval only) to 1; no affine, weight only, bias only, both; 2-d to 5-d inputs, the
smallest batches accepted, empty batches, empty spatial dimensions, no channels, 0-d and 1-d
inputs (errors); data that is continuous ('randn'), holds a constant channel (variance 0: only eps
is left in the denominator), a NaN, a +inf and a -inf, values of magnitude 1e150 (their squares
still fit in float64), or a large offset (1e6 + noise: a one-pass variance would cancel). The
modules are checked too: BatchNorm1d/2d over three steps with momentum 0.1, 0.5 and None (cumulative
average) then eval, InstanceNorm1d/2d/3d with and without tracked statistics, GroupNorm. Inputs come from a torch.Generator seeded by the case id.
"""

import functools
import itertools
import math
import zlib

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load
from grid_cases import generator

DTYPE = torch.float64
DATA = ("randn", "const", "nan", "inf", "large", "offset")
AFFINE = ("none", "w", "b", "wb")


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/normalization/<name>/from_scratch.py, loaded without running its prints."""
    return load("normalization", name)


def make_input(case_id, shape, data):
    g = generator(case_id)
    x = torch.randn(shape, generator=g, dtype=DTYPE)
    if x.numel() == 0 or data == "randn":
        return x
    flat = x.view(-1)
    if data == "const":  # the whole of channel 0 holds one value: variance 0
        if x.dim() >= 2:
            x[:, 0] = 0.75
    elif data == "nan":
        flat[torch.randint(x.numel(), (1,), generator=g).item()] = math.nan
    elif data == "inf":
        first, second = torch.randperm(x.numel(), generator=g)[:2].tolist() + [0] * (x.numel() < 2)
        flat[first] = math.inf
        flat[second] = -math.inf
    elif data == "large":
        x = x * 1e150
    elif data == "offset":
        x = x + 1e6
    return x


def make_params(case_id, channels, affine):
    g = generator(case_id, "params")
    weight = torch.randn(channels, generator=g, dtype=DTYPE) if "w" in affine else None
    bias = torch.randn(channels, generator=g, dtype=DTYPE) if "b" in affine else None
    running_mean = torch.randn(channels, generator=g, dtype=DTYPE)
    running_var = torch.rand(channels, generator=g, dtype=DTYPE) + 0.5
    return weight, bias, running_mean, running_var


def _call(fn, kwargs, seed):
    """fn(**kwargs): ('ok', value, gradients of input/weight/bias, running stats after) or ('error', exception)."""
    kwargs = {k: v.detach().clone() if torch.is_tensor(v) else v for k, v in kwargs.items()}
    leaves = [kwargs[k].requires_grad_() for k in ("input", "weight", "bias") if kwargs.get(k) is not None]
    try:
        out = fn(**kwargs)
    except Exception as error:  # noqa: BLE001 - the error itself is what is compared
        return "error", error
    upstream = torch.randn(out.shape, generator=torch.Generator().manual_seed(seed), dtype=out.dtype)
    grads = torch.autograd.grad(out, leaves, upstream, allow_unused=True)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, leaves)]
    buffers = [kwargs[k] for k in ("running_mean", "running_var") if kwargs.get(k) is not None]
    return "ok", out.detach(), grads, buffers


def _assert_close(ours, ref, what):
    assert ours.shape == ref.shape and ours.dtype == ref.dtype, (
        f"{what}: {ours.shape}/{ours.dtype} != {ref.shape}/{ref.dtype}")
    torch.testing.assert_close(ours, ref, rtol=1e-7, atol=1e-7, equal_nan=True, msg=lambda m: f"{what}: {m}")


def agree(name, case_id, kwargs, message=False, reference=None):
    """from_scratch(name) and F.<name> agree on kwargs: value, gradients, running stats, or the error raised."""
    seed = zlib.crc32(case_id.encode())
    ours = _call(from_scratch(name), kwargs, seed)
    ref = _call(reference or getattr(F, name), kwargs, seed)
    if ref[0] == "error" or ours[0] == "error":
        assert ours[0] == ref[0] == "error", f"{name}: ours {ours[1]!r}, torch {ref[1]!r}"
        assert type(ours[1]) is type(ref[1]), f"{name}: ours raised {ours[1]!r}, torch {ref[1]!r}"
        if message:
            assert str(ours[1]) == str(ref[1])
        return "error"
    _, out, grads, buffers = ours
    _, ref_out, ref_grads, ref_buffers = ref
    _assert_close(out, ref_out, f"{name} value")
    for i, (o, r) in enumerate(zip(grads, ref_grads)):
        _assert_close(o, r, f"{name} gradient {i} (input, weight, bias)")
    for key, o, r in zip(("running_mean", "running_var"), buffers, ref_buffers):
        _assert_close(o, r, f"{name} {key} after the call")
    return "ok"


# ---------------------------------------------------------------------------------------------
# the grid

_ID_ORDER = ("shape", "groups", "training", "stats", "running", "momentum", "eps", "affine", "data")
_BARE = {"shape", "data"}


def grid(*blocks):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            assert set(case) <= set(_ID_ORDER), f"unknown grid dimension in {sorted(case)}"
            case_id = "-".join(str(case[k]) if k in _BARE else f"{k}={case[k]}" for k in _ID_ORDER if k in case)
            cases.setdefault(case_id, case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


# ---------------------------------------------------------------------------------------------
# batch_norm

BN_SHAPES = {"2d": (4, 3), "3d": (2, 3, 5), "4d": (2, 3, 4, 4), "5d": (2, 3, 2, 3, 2),
             "batch2": (2, 3), "batch1_len2": (1, 3, 2), "batch1": (1, 3), "batch1_1x1": (1, 3, 1, 1),
             "empty_batch": (0, 3), "empty_len": (2, 3, 0), "no_channels": (4, 0), "0d": (), "1d": (4,)}


@pytest.mark.parametrize("case", grid(
    # every shape, train and eval, with and without running statistics
    dict(shape=tuple(BN_SHAPES), training=(True, False), running=(True, False), data=("randn",)),
    # every kind of data, train and eval
    dict(shape=("3d",), training=(True, False), running=(True,), data=DATA),
    dict(shape=("2d",), training=(True,), running=(False,), data=DATA[1:]),
    # momentum x eps in training: the running-stat updates are compared
    dict(shape=("3d", "5d"), training=(True,), running=(True,), momentum=(0.0, 0.1, 0.5, 1.0), eps=(1e-5, 1.0),
         data=("randn",)),
    # eps (0 is allowed in eval only) on a constant channel, where eps is all the denominator has
    dict(shape=("2d",), training=(True, False), running=(True,), eps=(0.0, 1e-5, 1.0), data=("const",)),
    # weight and bias: each alone, both, neither; also on an empty batch (torch indexes weight[0] there)
    dict(shape=("4d", "empty_batch"), training=(True, False), running=(True,), affine=AFFINE,
         data=("randn",)),
))
def test_batch_norm(case, request):
    case_id = request.node.callspec.id
    shape = BN_SHAPES[case["shape"]]
    channels = shape[1] if len(shape) > 1 else 1
    affine = case.get("affine", "none" if 0 in shape else "wb")
    weight, bias, running_mean, running_var = make_params(case_id, channels, affine)
    if not case["running"]:
        running_mean = running_var = None
    kwargs = dict(input=make_input(case_id, shape, case["data"]), running_mean=running_mean,
                  running_var=running_var, weight=weight, bias=bias, training=case["training"],
                  momentum=case.get("momentum", 0.1), eps=case.get("eps", 1e-5))
    outcome = agree("batch_norm", case_id, kwargs)
    eps = case.get("eps", 1e-5)
    if 0 in shape:  # an early return, before every check but the batch size and eps ones
        should_fail = (channels == 0 and affine != "none") or (case["training"] and eps == 0)
    elif case["training"]:  # a batch of one value per channel is refused in training only
        should_fail = case["shape"] in ("batch1", "batch1_1x1", "0d", "1d") or eps == 0
    else:  # eval normalizes with the running statistics, which must be given
        should_fail = not case["running"] or case["shape"] in ("0d", "1d")
    assert outcome == ("error" if should_fail else "ok"), f"expected {'an error' if should_fail else 'a result'}"


@pytest.mark.parametrize("name", ("batch_norm", "instance_norm"))
@pytest.mark.parametrize("eps", (0.0, 1e-5))
def test_eval_with_zero_running_var(name, eps):
    """running_var = 0 with eps = 0: 1/std is inf, and torch's x * scale + shift gives nan (not +-inf)."""
    case_id = f"{name}-zero-var-{eps}"
    x = make_input(case_id, (2, 3, 4), "randn")
    weight, bias, running_mean, _ = make_params(case_id, 3, "wb")
    kwargs = dict(input=x, running_mean=running_mean, running_var=torch.zeros(3, dtype=DTYPE), weight=weight,
                  bias=bias, eps=eps)
    kwargs.update(training=False) if name == "batch_norm" else kwargs.update(use_input_stats=False)
    assert agree(name, case_id, kwargs) == "ok"


@pytest.mark.parametrize("kwargs", [
    dict(input=torch.ones(1, 3), training=True),                     # batch of one
    dict(input=torch.ones(1, 3, 1, 1), training=True),
    dict(input=torch.ones(4, 3), training=True, eps=0.0),            # eps must be positive in training
    dict(input=torch.ones(4, 3), training=False, eps=-1.0),          # and non-negative in eval
    dict(input=torch.ones(4, 3), training=False, stats=None),        # eval needs the running stats
    dict(input=torch.ones(4, 3), training=True, stats="mean only"),  # both or neither
    dict(input=torch.ones(4, 3), training=True, stats="2 channels"),
    dict(input=torch.ones(4, 3), training=False, weight=torch.ones(2)),
], ids=lambda kwargs: "-".join(f"{k}={v if not torch.is_tensor(v) else list(v.shape)}" for k, v in kwargs.items()))
def test_batch_norm_errors(kwargs):
    kwargs = dict(kwargs)
    stats = kwargs.pop("stats", "ok")
    channels = 2 if stats == "2 channels" else kwargs["input"].shape[1]
    running = {"running_mean": torch.zeros(channels, dtype=DTYPE), "running_var": torch.ones(channels, dtype=DTYPE)}
    if stats is None:
        running = {"running_mean": None, "running_var": None}
    elif stats == "mean only":
        running["running_var"] = None
    kwargs = dict(kwargs, input=kwargs["input"].to(DTYPE), **running)
    assert agree("batch_norm", "errors", kwargs, message=True) == "error"


@pytest.mark.parametrize("momentum", (0.1, 0.5, None))
@pytest.mark.parametrize("shape", ((8, 3), (4, 3, 5), (2, 3, 4, 4)), ids=("1d_2", "1d_3", "2d"))
def test_batch_norm_module_steps(momentum, shape):
    """nn.BatchNorm over three training steps, then eval: from scratch with momentum (or 1/k for None)."""
    g = torch.Generator().manual_seed(len(shape) * 10 + (0 if momentum is None else int(momentum * 10)))
    module = (nn.BatchNorm1d if len(shape) < 4 else nn.BatchNorm2d)(3, momentum=momentum, dtype=DTYPE)
    with torch.no_grad():
        module.weight.copy_(torch.randn(3, generator=g, dtype=DTYPE))
        module.bias.copy_(torch.randn(3, generator=g, dtype=DTYPE))
    running_mean, running_var = torch.zeros(3, dtype=DTYPE), torch.ones(3, dtype=DTYPE)
    ours = from_scratch("batch_norm")
    for step in range(1, 4):
        x = torch.randn(shape, generator=g, dtype=DTYPE) * step + step
        factor = 1.0 / step if momentum is None else momentum  # None: the cumulative average of all batches
        expected = ours(x, running_mean, running_var, module.weight, module.bias, True, factor, module.eps)
        _assert_close(module(x).detach(), expected.detach(), f"train step {step}")
        _assert_close(module.running_mean, running_mean, f"running_mean after step {step}")
        _assert_close(module.running_var, running_var, f"running_var after step {step}")
    assert module.num_batches_tracked.item() == 3
    module.eval()
    x = torch.randn(shape, generator=g, dtype=DTYPE)
    _assert_close(module(x).detach(), ours(x, running_mean, running_var, module.weight, module.bias).detach(), "eval")


# ---------------------------------------------------------------------------------------------
# instance_norm

IN_SHAPES = {"3d": (4, 3, 5), "4d": (2, 3, 4, 4), "5d": (2, 3, 2, 3, 2), "batch1": (1, 3, 4),
             "len2": (3, 2, 2), "len1": (2, 3, 1), "2d": (4, 3), "empty_batch": (0, 3, 4),
             "empty_len": (2, 3, 0), "no_channels": (2, 0, 4), "0d": (), "1d": (4,)}


@pytest.mark.parametrize("case", grid(
    # every shape, input statistics or running ones, with and without running statistics
    dict(shape=tuple(IN_SHAPES), stats=("input", "running"), running=(True, False), data=("randn",)),
    # every kind of data
    dict(shape=("3d",), stats=("input", "running"), running=(True,), data=DATA),
    dict(shape=("4d",), stats=("input",), running=(False,), data=DATA[1:]),
    # momentum x eps: the running-stat updates (the average over the batch of per-sample updates) are compared
    dict(shape=("3d", "5d"), stats=("input",), running=(True,), momentum=(0.0, 0.1, 0.5, 1.0), eps=(1e-5, 1.0),
         data=("randn",)),
    dict(shape=("3d",), stats=("input", "running"), running=(True,), eps=(0.0, 1e-5, 1.0), data=("const",)),
    # weight and bias: each alone, both, neither; also on empty inputs (torch indexes the repeated weight[0])
    dict(shape=("4d", "empty_batch"), stats=("input", "running"), running=(True,),
         affine=AFFINE, data=("randn",)),
))
def test_instance_norm(case, request):
    case_id = request.node.callspec.id
    shape = IN_SHAPES[case["shape"]]
    channels = shape[1] if len(shape) > 1 else 1
    affine = case.get("affine", "none" if 0 in shape else "wb")
    weight, bias, running_mean, running_var = make_params(case_id, channels, affine)
    if not case["running"]:
        running_mean = running_var = None
    use_input_stats = case["stats"] == "input"
    kwargs = dict(input=make_input(case_id, shape, case["data"]), running_mean=running_mean,
                  running_var=running_var, weight=weight, bias=bias, use_input_stats=use_input_stats,
                  momentum=case.get("momentum", 0.1), eps=case.get("eps", 1e-5))
    outcome = agree("instance_norm", case_id, kwargs)
    if use_input_stats and case["shape"] in ("len1", "2d", "0d", "1d"):
        should_fail = True  # fewer than 2 values per (sample, channel)
    elif not use_input_stats and not case["running"]:
        should_fail = True  # the running statistics are needed
    else:
        should_fail = case["shape"] in ("0d", "1d") or (shape[0] * channels == 0 and affine != "none")
    assert outcome == ("error" if should_fail else "ok"), f"expected {'an error' if should_fail else 'a result'}"


def test_instance_norm_empty_batch_makes_running_stats_nan():
    running_mean, running_var = torch.zeros(3, dtype=DTYPE), torch.ones(3, dtype=DTYPE)
    from_scratch("instance_norm")(torch.empty(0, 3, 4, dtype=DTYPE), running_mean, running_var)
    assert running_mean.isnan().all() and running_var.isnan().all()
    agree("instance_norm", "empty", dict(input=torch.empty(0, 3, 4, dtype=DTYPE),
                                         running_mean=torch.zeros(3, dtype=DTYPE), running_var=torch.ones(3, dtype=DTYPE)))


@pytest.mark.parametrize("kwargs", [
    dict(input=torch.ones(2, 3, 1)),                               # one spatial element
    dict(input=torch.ones(4, 3)),
    dict(input=torch.ones(2, 3, 4), use_input_stats=False),        # eval needs the running stats
    dict(input=torch.ones(2, 3, 4), running_mean=torch.zeros(3)),  # both or neither
    dict(input=torch.ones(2, 3, 4), weight=torch.ones(2)),
    dict(input=torch.ones(2, 3, 4), running_mean=torch.zeros(2), running_var=torch.ones(2)),
], ids=lambda kwargs: "-".join(f"{k}={v if not torch.is_tensor(v) else list(v.shape)}" for k, v in kwargs.items()))
def test_instance_norm_errors(kwargs):
    kwargs = {k: v.to(DTYPE) if torch.is_tensor(v) else v for k, v in kwargs.items()}
    assert agree("instance_norm", "errors", kwargs, message=True) == "error"


@pytest.mark.parametrize("track", (False, True))
@pytest.mark.parametrize("cls,shape", ((nn.InstanceNorm1d, (4, 3, 5)), (nn.InstanceNorm2d, (2, 3, 4, 4)),
                                       (nn.InstanceNorm3d, (2, 3, 2, 3, 2)), (nn.InstanceNorm1d, (3, 5))),
                         ids=("1d", "2d", "3d", "1d_unbatched"))
def test_instance_norm_modules(cls, shape, track):
    """The modules in train and eval mode (eval uses the running stats only when they are tracked)."""
    g = torch.Generator().manual_seed(len(shape) + track)
    module = cls(3, affine=True, track_running_stats=track, momentum=0.3, dtype=DTYPE)
    with torch.no_grad():
        module.weight.copy_(torch.randn(3, generator=g, dtype=DTYPE))
        module.bias.copy_(torch.randn(3, generator=g, dtype=DTYPE))
    running = (torch.zeros(3, dtype=DTYPE), torch.ones(3, dtype=DTYPE)) if track else (None, None)
    ours = from_scratch("instance_norm")
    batched = len(shape) == module._get_no_batch_dim() + 1
    for training in (True, True, False):
        module.train(training)
        x = torch.randn(shape, generator=g, dtype=DTYPE)
        xb = x if batched else x.unsqueeze(0)
        expected = ours(xb, *running, module.weight, module.bias, training or not track, 0.3, module.eps)
        _assert_close(module(x).detach(), (expected if batched else expected.squeeze(0)).detach(), f"train={training}")
        if track:
            _assert_close(module.running_mean, running[0], "running_mean")
            _assert_close(module.running_var, running[1], "running_var")


# ---------------------------------------------------------------------------------------------
# group_norm

GN_SHAPES = {"2d": (4, 6), "3d": (2, 6, 5), "4d": (2, 6, 3, 3), "5d": (2, 6, 2, 2, 2), "batch1": (1, 6, 4),
             "batch1_2d": (1, 6), "empty_batch": (0, 6, 3), "empty_len": (2, 6, 0), "0d": (), "1d": (6,)}
GROUPS = (1, 2, 3, 6, 4)  # 4 does not divide 6


@pytest.mark.parametrize("case", grid(
    # every shape x every number of groups
    dict(shape=tuple(GN_SHAPES), groups=GROUPS, data=("randn",)),
    # every kind of data, groups of several values (see the note in test_group_norm)
    dict(shape=("3d",), groups=(1, 2, 6), data=DATA),
    dict(shape=("2d",), groups=(1, 3), data=DATA[1:]),
    dict(shape=("2d",), groups=(6,), data=("const", "nan", "inf")),
    # eps (0 too) x weight and bias
    dict(shape=("4d",), groups=(1, 3, 6), eps=(0.0, 1e-5, 1.0), data=("const",)),
    dict(shape=("3d", "empty_batch"), groups=(2,), affine=AFFINE, data=("randn",)),
))
def test_group_norm(case, request):
    case_id = request.node.callspec.id
    shape, groups = GN_SHAPES[case["shape"]], case["groups"]
    # Not in the grid: groups of a single value (shape (N, C) with num_groups=C) holding 1e150 or
    # 1e6 + noise. The exact answer is `bias`; torch computes x * a + (bias - mean * a) with
    # a = rstd * weight, and returns rounding noise of order ulp(|x| / sqrt(eps)) instead.
    assert not (case["data"] in ("large", "offset") and len(shape) == 2 and groups == shape[1])
    channels = shape[1] if len(shape) > 1 else 1
    affine = case.get("affine", "wb")
    weight, bias, _, _ = make_params(case_id, channels, affine)
    kwargs = dict(input=make_input(case_id, shape, case["data"]), num_groups=groups, weight=weight, bias=bias,
                  eps=case.get("eps", 1e-5))
    if affine == "b":  # torch's backward fails without a weight (see the test below): compare with weight = 1
        reference = functools.partial(F.group_norm, weight=torch.ones(channels, dtype=DTYPE))
        outcome = agree("group_norm", case_id, kwargs, reference=lambda weight, **kw: reference(**kw))
    else:
        outcome = agree("group_norm", case_id, kwargs)
    should_fail = (len(shape) < 2 or channels % groups != 0
                   or (shape[0] * channels // groups) * math.prod(shape[2:]) == 1)
    assert outcome == ("error" if should_fail else "ok"), f"expected {'an error' if should_fail else 'a result'}"


def test_group_norm_bias_without_weight():
    """torch 2.13 computes the forward pass, but its backward fails: our gradient is checked with weight = 1."""
    x = torch.randn(2, 6, 3, dtype=DTYPE, requires_grad=True)
    bias = torch.randn(6, dtype=DTYPE, requires_grad=True)
    out = F.group_norm(x, 2, None, bias)
    with pytest.raises(RuntimeError, match="tensor does not have a device"):
        out.sum().backward()


@pytest.mark.parametrize("kwargs", [
    dict(input=torch.ones(2, 6), num_groups=4),        # 4 does not divide 6
    dict(input=torch.ones(1, 6), num_groups=6),        # torch's batch-size check: 1 * 6 // 6 == 1
    dict(input=torch.ones(6), num_groups=1),           # fewer than 2 dimensions
    dict(input=torch.ones(2, 6, 3), num_groups=2, weight=torch.ones(3)),
], ids=lambda kwargs: "-".join(f"{k}={v if not torch.is_tensor(v) else list(v.shape)}" for k, v in kwargs.items()))
def test_group_norm_errors(kwargs):
    kwargs = {k: v.to(DTYPE) if torch.is_tensor(v) else v for k, v in kwargs.items()}
    assert agree("group_norm", "errors", kwargs, message=True) == "error"


def test_group_norm_bias_shape_error():
    # torch's message prints the shape of the (missing) weight, [0], where it means the bias: type only
    kwargs = dict(input=torch.ones(2, 6, 3, dtype=DTYPE), num_groups=2, bias=torch.ones(6, 1, dtype=DTYPE))
    assert agree("group_norm", "errors", kwargs) == "error"


@pytest.mark.parametrize("groups", (1, 2, 3, 6))
def test_group_norm_module(groups):
    g = torch.Generator().manual_seed(groups)
    module = nn.GroupNorm(groups, 6, dtype=DTYPE)
    with torch.no_grad():
        module.weight.copy_(torch.randn(6, generator=g, dtype=DTYPE))
        module.bias.copy_(torch.randn(6, generator=g, dtype=DTYPE))
    x = torch.randn(2, 6, 3, 3, generator=g, dtype=DTYPE)
    ours = from_scratch("group_norm")(x, groups, module.weight, module.bias, module.eps)
    _assert_close(module(x).detach(), ours.detach(), "module")
