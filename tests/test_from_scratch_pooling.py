"""The from-scratch pooling functions agree with torch.nn.functional over a grid of float64 cases.

snippets/pooling/<page>/from_scratch.py define max_pool1d/2d/3d, max_unpool1d/2d/3d, avg_pool1d/2d/3d,
lp_pool1d/2d/3d, adaptive_max_pool1d/2d/3d, adaptive_avg_pool1d/2d/3d and fractional_max_pool2d/3d
with the names and parameters of torch.nn.functional. Every case runs both on the same float64 input
and checks

* the value (shape, dtype, numbers, NaN where torch gives NaN) or the same exception, type and message,
  where torch refuses the input;
* the returned indices, exactly, where the function returns them (this pins down torch's tie rule:
  the first maximum of a window in row-major order, except that a NaN wins, the last NaN if several);
* the gradient with respect to the input, by autograd under an uneven upstream gradient, wherever
  torch's gradient is not NaN.

The grid: every parameter (kernel_size, stride, padding, dilation, ceil_mode, return_indices,
count_include_pad, divisor_override, norm_type, output_size with None, output_ratio, _random_samples),
odd sizes, windows hanging over the border with ceil_mode, overlapping windows, unbatched and
empty-batch inputs, and data that is continuous ('randn'), full of ties ('ties', multiples of 1/2 in
a small range), holds NaNs ('nan') or +-inf ('inf'), or is -inf everywhere ('neg_inf').
Inputs come from a torch.Generator seeded by the case id.

Errors are compared where the from-scratch code reproduces torch's message: the padding limits, output
sizes that come out too small, wrong ranks, max_unpool's output_size and index checks, and the checks
of fractional max pooling. max_pool1d with return_indices=True goes through another torch kernel whose
messages differ, so its refusals are only compared with return_indices=False.
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
INF = math.inf
FAMILIES = {"max_pool": ["max_pool1d", "max_pool2d", "max_pool3d"],
            "max_unpool": ["max_unpool1d", "max_unpool2d", "max_unpool3d"],
            "avg_pool": ["avg_pool1d", "avg_pool2d", "avg_pool3d"],
            "lp_pool": ["lp_pool1d", "lp_pool2d", "lp_pool3d"],
            "adaptive_pool": ["adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d",
                              "adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d"],
            "fractional_max_pool": ["fractional_max_pool2d", "fractional_max_pool3d"]}
FOLDER = {name: folder for folder, names in FAMILIES.items() for name in names}


@functools.cache
def from_scratch(name):
    return load("pooling", FOLDER[name], name)


# ---------------------------------------------------------------------------------------------
# running and comparing


def _run(fn, args, kwargs, seed):
    leaf = args[0].detach().clone().requires_grad_()
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)  # fractional max pooling without _random_samples draws them
        try:
            out = fn(leaf, *args[1:], **kwargs)
        except Exception as error:  # noqa: BLE001 - the error itself is compared
            return ("raised", type(error), str(error)), None, None
    values, indices = out if isinstance(out, tuple) else (out, None)
    grad = torch.zeros_like(leaf)
    if values.requires_grad and values.numel() > 0:
        upstream = torch.linspace(0.5, 1.5, values.numel(), dtype=values.dtype).reshape(values.shape)
        grad = torch.autograd.grad(values, leaf, upstream)[0]
    return values.detach(), indices, grad


def _assert_close(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    torch.testing.assert_close(ours, ref, rtol=1e-7, atol=1e-9, equal_nan=True, msg=lambda m: f"{what}: {m}")


def agree(name, case_id, args, kwargs):
    """from_scratch(name) and F.<name> agree on (args, kwargs): value or error, indices, input gradient."""
    seed = zlib.crc32(case_id.encode())
    ours, ours_indices, ours_grad = _run(from_scratch(name), args, kwargs, seed)
    ref, ref_indices, ref_grad = _run(getattr(F, name), args, kwargs, seed)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"
        return ref
    _assert_close(ours, ref, f"{name} value")
    assert (ours_indices is None) == (ref_indices is None), f"{name}: indices returned by one side only"
    if ref_indices is not None:
        assert ours_indices.dtype == ref_indices.dtype and torch.equal(ours_indices, ref_indices), (
            f"{name} indices:\n{ours_indices}\n!=\n{ref_indices}")
    compared = ~ref_grad.isnan()
    _assert_close(ours_grad[compared], ref_grad[compared], f"{name} input gradient (where torch's is not NaN)")
    return ref


def generator(case_id):
    return torch.Generator().manual_seed(zlib.crc32(case_id.encode()))


def data(g, shape, kind):
    """float64 data of `shape`: 'randn'; 'ties' (multiples of 1/2 in [-1, 1]); 'nan' (two NaNs among ties);
    'inf' (a +inf and a -inf among ties); 'neg_inf' (-inf everywhere); 'positive' (|randn| + 0.1)."""
    if kind == "randn":
        return torch.randn(shape, generator=g, dtype=F64)
    if kind == "positive":
        return torch.randn(shape, generator=g, dtype=F64).abs() + 0.1
    if kind == "neg_inf":
        return torch.full(shape, -INF, dtype=F64)
    t = torch.randint(-2, 3, shape, generator=g).to(F64) / 2
    if t.numel() > 0 and kind in ("nan", "inf"):
        for value in [math.nan, math.nan] if kind == "nan" else [INF, -INF]:
            t.view(-1)[torch.randint(t.numel(), (1,), generator=g).item()] = value
    return t


def tup(value):
    """Grid values as strings in the case ids: '2x3' -> (2, 3), 'None' -> None, '2' -> 2."""
    if value == "None":
        return None
    if isinstance(value, str) and "x" in value:
        return tuple(None if v == "N" else int(v) for v in value.split("x"))
    return value


# ---------------------------------------------------------------------------------------------
# max_pool1d/2d/3d

SHAPES = {  # n -> name -> input shape
    1: {"batched": (2, 3, 7), "odd": (1, 2, 9), "short": (2, 1, 2), "unbatched": (3, 8), "empty_batch": (0, 2, 5)},
    2: {"batched": (2, 2, 5, 7), "odd": (1, 1, 9, 4), "unbatched": (2, 5, 6), "empty_batch": (0, 2, 4, 5)},
    3: {"batched": (2, 2, 4, 5, 3), "unbatched": (1, 5, 4, 5), "empty_batch": (0, 1, 3, 4, 3)},
}
DATA = ("randn", "ties", "nan", "inf", "neg_inf")


def max_pool_case(n, case, case_id):
    g = generator(case_id)
    x = data(g, SHAPES[n][case["shape"]], case["data"])
    kwargs = {k: tup(case[k]) for k in ("stride", "padding", "dilation") if case.get(k) is not None}
    kwargs.update(ceil_mode=case["ceil_mode"], return_indices=case["return_indices"])
    agree(f"max_pool{n}d", case_id, [x, tup(case["kernel"])], kwargs)


@pytest.mark.parametrize("case", grid(
    # every parameter: padding 2 with kernel 3 is refused, kernel 4 with padding 2 is not; a dilated window
    # longer than the padded input is refused; ceil_mode adds windows that hang over the end
    dict(shape=("batched",), kernel=(1, 3, 4), stride=("None", 1, 3), padding=(0, 1, 2), dilation=(1, 2),
         ceil_mode=(False, True), return_indices=(False,), data=("randn",)),
    dict(shape=("odd",), kernel=(2, 3), stride=(2, 3), padding=(0, 1), dilation=(1, 3), ceil_mode=(False, True),
         return_indices=(True,), data=("ties",)),
    dict(shape=tuple(SHAPES[1]), kernel=(3,), stride=(2,), padding=(1,), dilation=(1,), ceil_mode=(False, True),
         return_indices=(True,), data=DATA),
))
def test_max_pool1d(case, request):
    max_pool_case(1, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("batched",), kernel=(3, "2x3"), stride=("None", "2x1"), padding=(0, 1, "1x0", 2),
         dilation=(1, "1x2"), ceil_mode=(False, True), return_indices=(True,), data=("ties",)),
    # kernel 3, dilation 2, padding 2: within half the dilated window (5) but over half the kernel: refused
    dict(shape=("odd",), kernel=(3,), stride=(2,), padding=(1, 2), dilation=(2, "2x1"), ceil_mode=(False, True),
         return_indices=(True,), data=("randn",)),
    dict(shape=("odd",), kernel=(5, "2x5"), stride=(1,), padding=(0,), dilation=(1, 2), ceil_mode=(False,),
         return_indices=(False,), data=("randn",)),  # windows longer than the 4 columns: refused
    dict(shape=tuple(SHAPES[2]), kernel=(3,), stride=(2,), padding=(1,), dilation=(1,), ceil_mode=(False, True),
         return_indices=(True,), data=DATA),
))
def test_max_pool2d(case, request):
    max_pool_case(2, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("batched",), kernel=(2, "3x2x2"), stride=("None", "1x2x1"), padding=(0, 1, "0x1x0"),
         dilation=(1, "2x1x1"), ceil_mode=(False, True), return_indices=(True,), data=("ties",)),
    dict(shape=("batched",), kernel=(3,), stride=(1,), padding=("2x1x1",), dilation=(1, 2), ceil_mode=(False,),
         return_indices=(False,), data=("randn",)),  # padding over the limit
    dict(shape=("batched",), kernel=(4,), stride=(1,), padding=(0,), dilation=(1,), ceil_mode=(False,),
         return_indices=(False,), data=("randn",)),  # a window longer than 3: refused
    dict(shape=tuple(SHAPES[3]), kernel=(2,), stride=(2,), padding=(1,), dilation=(1,), ceil_mode=(True,),
         return_indices=(True,), data=DATA),
))
def test_max_pool3d(case, request):
    max_pool_case(3, case, request.node.callspec.id)


@pytest.mark.parametrize("name,shape", [("max_pool1d", (5,)), ("max_pool1d", (1, 1, 2, 5)), ("max_pool1d", (1, 0, 5)),
                                        ("max_pool2d", (5, 5)), ("max_pool2d", (1, 1, 1, 5, 5)),
                                        ("max_pool3d", (5, 5, 5)), ("max_pool3d", (1, 1, 1, 1, 5, 5))])
def test_max_pool_rank(name, shape, request):
    agree(name, request.node.callspec.id, [torch.zeros(shape, dtype=F64), 2], {})


# ---------------------------------------------------------------------------------------------
# max_unpool1d/2d/3d: the indices of max pooling (overlapping windows repeat an index), the default
# output size and output_size values torch accepts or refuses, an index out of range, wrong ranks


def unpool_case(n, case, case_id):
    g = generator(case_id)
    x = data(g, SHAPES[n][case["shape"]], case["data"])
    k, s, p = case["kernel"], tup(case["stride"]), case["padding"]
    pooled, indices = getattr(F, f"max_pool{n}d")(x, k, s, p, ceil_mode=case["ceil_mode"], return_indices=True)
    if case["indices"] == "out_of_range" and indices.numel() > 0:
        indices = indices.clone()
        indices.view(-1)[-1] = 10_000
    kwargs = {"stride": s, "padding": p}
    default = [(pooled.shape[-n + i] - 1) * (s or k) + k - 2 * p for i in range(n)]
    change = {"plus1": 1, "plus_stride": s or k, "minus_stride": -(s or k)}
    if case["output_size"] == "spatial":  # the pooled input's own size, as its spatial part or its whole shape
        kwargs["output_size"] = x.shape[-n:]
    elif case["output_size"] == "full_shape":
        kwargs["output_size"] = x.shape
    elif case["output_size"] == "one_short":
        kwargs["output_size"] = default[1:]
    elif case["output_size"] in change:
        kwargs["output_size"] = [d + change[case["output_size"]] for d in default]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # torch names the last invalid index it meets: one thread meets them in order
    try:
        agree(f"max_unpool{n}d", case_id, [pooled, indices, k], kwargs)
    finally:
        torch.set_num_threads(threads)


UNPOOL = dict(kernel=(2, 3), stride=("None", 1), padding=(0, 1), ceil_mode=(False, True),
              output_size=("default", "spatial", "full_shape", "plus1", "plus_stride", "minus_stride"),
              indices=("pooled",))
UNPOOL_EDGES = dict(kernel=(2,), stride=("None",), padding=(0,), ceil_mode=(True,),
                    output_size=("default", "spatial", "one_short"), indices=("pooled", "out_of_range"),
                    data=("randn",))


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), **UNPOOL, data=("ties",)),
    dict(shape=("unbatched", "empty_batch", "short"), **UNPOOL_EDGES),
))
def test_max_unpool1d(case, request):
    unpool_case(1, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), **dict(UNPOOL, ceil_mode=(True,)), data=("ties",)),
    dict(shape=("batched", "unbatched", "empty_batch"), **UNPOOL_EDGES),
))
def test_max_unpool2d(case, request):
    unpool_case(2, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("batched",), kernel=(2,), stride=("None", 1), padding=(0, 1), ceil_mode=(False, True),
         output_size=("default", "spatial", "plus1", "plus_stride"), indices=("pooled",), data=("ties",)),
    dict(shape=("unbatched", "empty_batch"), **UNPOOL_EDGES),
))
def test_max_unpool3d(case, request):
    unpool_case(3, case, request.node.callspec.id)


@pytest.mark.parametrize("name,shape", [("max_unpool1d", (5,)), ("max_unpool2d", (2, 5)),
                                        ("max_unpool2d", (1, 1, 1, 2, 5)), ("max_unpool3d", (1, 2, 2)),
                                        ("max_unpool3d", (1, 1, 1, 1, 2, 2))])
def test_max_unpool_rank(name, shape, request):
    args = [torch.ones(shape, dtype=F64), torch.zeros(shape, dtype=torch.long), 2]
    agree(name, request.node.callspec.id, args, {})


# ---------------------------------------------------------------------------------------------
# avg_pool1d/2d/3d: count_include_pad and divisor_override (negative and 0 too) with ceil_mode windows
# over the padding and past it; the refusals: padding, too small outputs, 3-D inputs smaller than the kernel


def avg_case(n, case, case_id):
    g = generator(case_id)
    x = data(g, SHAPES[n][case["shape"]], case["data"])
    kwargs = dict(stride=tup(case["stride"]), padding=tup(case["padding"]), ceil_mode=case["ceil_mode"],
                  count_include_pad=case["count_include_pad"])
    if case.get("divisor_override", "None") != "None":
        kwargs["divisor_override"] = case["divisor_override"]
    agree(f"avg_pool{n}d", case_id, [x, tup(case["kernel"])], kwargs)


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), kernel=(1, 3, 4), stride=("None", 1, 2), padding=(0, 1, 2),
         ceil_mode=(False, True), count_include_pad=(True, False), data=("randn",)),
    dict(shape=tuple(SHAPES[1]), kernel=(3,), stride=(2,), padding=(1,), ceil_mode=(True,),
         count_include_pad=(True, False), data=("randn", "inf", "nan")),
))
def test_avg_pool1d(case, request):
    avg_case(1, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), kernel=(3, "2x3"), stride=("None", 2, "1x2"), padding=(0, 1, "1x0"),
         ceil_mode=(False, True), count_include_pad=(True, False), divisor_override=("None",), data=("randn",)),
    dict(shape=("batched",), kernel=(3,), stride=(2,), padding=(1,), ceil_mode=(False, True),
         count_include_pad=(True, False), divisor_override=(3, -2, 0), data=("randn",)),
    dict(shape=tuple(SHAPES[2]), kernel=(3,), stride=(2,), padding=(1,), ceil_mode=(True,),
         count_include_pad=(True, False), divisor_override=("None",), data=("randn", "inf", "nan")),
    dict(shape=("odd",), kernel=(3, "10x2"), stride=(1,), padding=(2, 0), ceil_mode=(False,),
         count_include_pad=(True,), divisor_override=("None",), data=("randn",)),  # refusals
))
def test_avg_pool2d(case, request):
    avg_case(2, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("batched",), kernel=(2, "3x2x3"), stride=("None", "1x2x1"), padding=(0, 1),
         ceil_mode=(False, True), count_include_pad=(True, False), divisor_override=("None", 5, 0), data=("randn",)),
    dict(shape=tuple(SHAPES[3]), kernel=(3,), stride=(2,), padding=(1,), ceil_mode=(True,),
         count_include_pad=(True, False), divisor_override=("None",), data=("randn", "inf")),
    # 3 x 3 x 3 windows with padding 1 run on the 4 x 5 x 3 input; 4 x 4 x 4 ones are refused, padding or not
    dict(shape=("batched",), kernel=(3, 4, "4x2x2"), stride=(1,), padding=(1, 2), ceil_mode=(False,),
         count_include_pad=(True,), divisor_override=("None",), data=("randn",)),
))
def test_avg_pool3d(case, request):
    avg_case(3, case, request.node.callspec.id)


@pytest.mark.parametrize("name,shape", [("avg_pool1d", (5,)), ("avg_pool1d", (1, 1, 2, 5)), ("avg_pool2d", (5, 5)),
                                        ("avg_pool2d", (1, 1, 1, 5, 5)), ("avg_pool2d", (1, 0, 4, 4)),
                                        ("avg_pool3d", (5, 5, 5)), ("avg_pool3d", (1, 1, 1, 5, 5, 5))])
def test_avg_pool_rank(name, shape, request):
    agree(name, request.node.callspec.id, [torch.zeros(shape, dtype=F64), 2], {})


# ---------------------------------------------------------------------------------------------
# lp_pool1d/2d/3d: norm_type 1, 2, 3, 1.5, +-inf on signed, positive and tied data and on windows of
# zeros; ceil_mode windows that hang over the end (scaled by the kernel size over the count inside).
# No NaN data with +-inf: torch's max pooling takes the last NaN, the from-scratch argmax the first.


def lp_case(n, case, case_id):
    g = generator(case_id)
    kind = case["data"]
    x = data(g, SHAPES[n][case["shape"]], "randn" if kind == "zero_windows" else kind)
    if kind == "zero_windows":
        x[..., :2] = 0.0  # windows of zeros: value 0, and torch sets the gradient to 0 there
    kwargs = dict(ceil_mode=case["ceil_mode"])
    if case["stride"] != "None":
        kwargs["stride"] = tup(case["stride"])
    agree(f"lp_pool{n}d", case_id, [x, case["p"], tup(case["kernel"])], kwargs)


NORMS = (1, 2, 3, 1.5, 2.0, INF, -INF)


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), p=NORMS, kernel=(1, 3), stride=("None", 2), ceil_mode=(False, True), data=("randn",)),
    dict(shape=("odd",), p=NORMS, kernel=(2,), stride=(2,), ceil_mode=(True,), data=("positive", "ties", "zero_windows")),
    dict(shape=tuple(SHAPES[1]), p=(2, INF), kernel=(2,), stride=("None",), ceil_mode=(True,), data=("randn",)),
))
def test_lp_pool1d(case, request):
    lp_case(1, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("odd",), p=NORMS, kernel=("2x3",), stride=("None", "1x2"), ceil_mode=(False, True),
         data=("randn", "positive")),
    dict(shape=tuple(SHAPES[2]), p=(2, INF), kernel=(2,), stride=("None",), ceil_mode=(True,), data=("ties",)),
))
def test_lp_pool2d(case, request):
    lp_case(2, case, request.node.callspec.id)


@pytest.mark.parametrize("case", grid(
    dict(shape=("batched",), p=NORMS, kernel=("3x2x2",), stride=("None",), ceil_mode=(False, True),
         data=("randn", "positive")),
    dict(shape=tuple(SHAPES[3]), p=(2, -INF), kernel=(2,), stride=("None",), ceil_mode=(True,), data=("ties",)),
))
def test_lp_pool3d(case, request):
    lp_case(3, case, request.node.callspec.id)


# ---------------------------------------------------------------------------------------------
# adaptive max and average pooling: output sizes below, equal to and above the input size (overlapping
# and repeated windows), 1, 0, None in a tuple; return_indices; every kind of data

ADAPTIVE_SIZES = {1: (1, 2, 3, 4, 7, 11, 0, "3x"), 2: (3, "2x3", "5x7", "7x9", "Nx2", "3xN", "0x2", 1),
                  3: (2, "3x2x4", "Nx2xN", "5x6x1", 1)}


def adaptive_grid(kind, n):
    indices = (False, True) if kind == "max" else (False,)
    return grid(
        dict(n=(n,), shape=("batched",), output_size=ADAPTIVE_SIZES[n], return_indices=indices[-1:],
             data=("randn", "ties")),
        dict(n=(n,), shape=tuple(SHAPES[n]), output_size=ADAPTIVE_SIZES[n][1:2], return_indices=indices,
             data=DATA),
    )


def adaptive_case(kind, case, case_id):
    n = case["n"]
    x = data(generator(case_id), SHAPES[n][case["shape"]], case["data"])
    size = case["output_size"]
    size = (int(size[:-1]),) if size == "3x" else tup(size)  # "3x": a 1-tuple
    kwargs = {"return_indices": case["return_indices"]} if kind == "max" else {}
    agree(f"adaptive_{kind}_pool{n}d", case_id, [x, size], kwargs)


@pytest.mark.parametrize("case", adaptive_grid("max", 1) + adaptive_grid("max", 2) + adaptive_grid("max", 3))
def test_adaptive_max_pool(case, request):
    adaptive_case("max", case, request.node.callspec.id)


@pytest.mark.parametrize("case", adaptive_grid("avg", 1) + adaptive_grid("avg", 2) + adaptive_grid("avg", 3))
def test_adaptive_avg_pool(case, request):
    adaptive_case("avg", case, request.node.callspec.id)


# ---------------------------------------------------------------------------------------------
# fractional_max_pool2d/3d: given _random_samples (0, 1 - 2**-20, random, per plane), drawn ones
# (the same seed on both sides), output_size and output_ratio, the largest output that fits
# (3-D keeps one position to spare), the refusals of sizes and of _random_samples

FRACTIONAL_SHAPES = {2: {"batched": (2, 3, 7, 9), "unbatched": (2, 8, 5), "empty_batch": (0, 2, 6, 6)},
                     3: {"batched": (2, 2, 6, 7, 5), "unbatched": (1, 5, 6, 7), "empty_batch": (0, 1, 5, 5, 5)}}
FRACTIONAL_SIZES = {2: ("3", "2x4", "1", "5x7", "6x8", "7x5", "7x9"), 3: ("2", "3x4x2", "1", "3x4x3", "4x5x3")}


def fractional_case(n, case, case_id):
    g = generator(case_id)
    shape = FRACTIONAL_SHAPES[n][case["shape"]]
    x = data(g, shape, case["data"])
    kwargs = {"return_indices": case["return_indices"]}
    if case["size"].startswith("ratio"):
        kwargs["output_ratio"] = (0.5,) * n if case["size"] == "ratio" else 0.5
    else:
        size = tup(case["size"])
        kwargs["output_size"] = size if isinstance(size, tuple) else int(size)
    n_batch = 1 if x.dim() == n + 1 else x.shape[0]
    samples = {"zero": torch.zeros(n_batch, shape[-n - 1], n, dtype=F64),
               "almost_one": torch.full((n_batch, shape[-n - 1], n), 1 - 2**-20, dtype=F64),
               "random": torch.rand(n_batch + 1, shape[-n - 1], n, generator=g, dtype=F64),  # one extra sample
               "float32": torch.rand(n_batch, shape[-n - 1], n, generator=g),
               "wrong_n": torch.rand(n_batch, shape[-n - 1], n + 1, generator=g, dtype=F64),
               "wrong_channels": torch.rand(n_batch, shape[-n - 1] + 1, n, generator=g, dtype=F64)}
    if case["samples"] != "drawn":
        kwargs["_random_samples"] = samples[case["samples"]]
    agree(f"fractional_max_pool{n}d", case_id, [x, tup(case["kernel"])], kwargs)


def fractional_grid(n):
    return grid(
        dict(shape=("batched",), kernel=(2, "3x" + "x".join(["2"] * (n - 1))), size=FRACTIONAL_SIZES[n],
             samples=("zero", "almost_one", "random", "drawn"), return_indices=(True,), data=("ties",)),
        dict(shape=tuple(FRACTIONAL_SHAPES[n]), kernel=(2,), size=("ratio", "ratio_float"), samples=("random", "drawn"),
             return_indices=(True,), data=("ties", "nan", "neg_inf")),
        dict(shape=("batched",), kernel=(2,), size=(FRACTIONAL_SIZES[n][0],),
             samples=("float32", "wrong_n", "wrong_channels"), return_indices=(False,), data=("randn",)),
    )


@pytest.mark.parametrize("case", fractional_grid(2))
def test_fractional_max_pool2d(case, request):
    fractional_case(2, case, request.node.callspec.id)


@pytest.mark.parametrize("case", fractional_grid(3))
def test_fractional_max_pool3d(case, request):
    fractional_case(3, case, request.node.callspec.id)


@pytest.mark.parametrize("name,shape", [("fractional_max_pool2d", (5, 5)), ("fractional_max_pool2d", (1, 1, 1, 5, 5)),
                                        ("fractional_max_pool3d", (5, 5, 5)),
                                        ("fractional_max_pool3d", (1, 1, 1, 5, 5, 5))])
def test_fractional_max_pool_rank(name, shape, request):
    n = int(name[-2])
    samples = torch.zeros(1, 1, n, dtype=F64)
    agree(name, request.node.callspec.id, [torch.zeros(shape, dtype=F64), 2], dict(output_size=2, _random_samples=samples))
