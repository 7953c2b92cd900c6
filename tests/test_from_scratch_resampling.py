"""The from-scratch resampling and reshaping functions agree with torch over a grid of float64 cases.

snippets/resampling/<folder>/from_scratch.py defines interpolate, pixel_shuffle, pixel_unshuffle,
channel_shuffle, affine_grid, grid_sample (torch.nn.functional) and flatten, unflatten (torch), each with
torch's name and parameters. Every case below runs both on the same float64 inputs and checks

* the value: shape, dtype and numbers, or the same exception (type and message) where torch refuses
  the input (unflatten: the type only where torch wraps an error of its own shape inference);
* the gradients, by autograd, with respect to every floating-point tensor argument (the input, the
  grid, theta), fed an uneven upstream gradient so that each element counts on its own;
* the warnings (grid_sample and affine_grid without align_corners, affine_grid on unit sizes), and
  whether the result is the input object itself (flatten with nothing to merge).

The grid: every mode and parameter (align_corners True/False/None, size as int and tuple, integer
and non-integer scale factors, recompute_scale_factor, antialias; padding modes; groups and
factors), odd and unit sizes, empty batches, grid points inside, on and far outside the image,
dyadic data so that ties and exact borders happen, and the inputs torch refuses.
"""

import functools
import math
import warnings

import pytest
import torch
import torch.nn.functional as F

from from_scratch_loader import load
from grid_cases import grid, generator

F64 = torch.float64
SOURCES = {"interpolate": "interpolate", "pixel_shuffle": "pixel_shuffle", "pixel_unshuffle": "pixel_shuffle",
           "channel_shuffle": "channel_shuffle", "affine_grid": "grid_sample", "grid_sample": "grid_sample",
           "flatten": "flatten", "unflatten": "flatten"}
REFERENCE = {"flatten": torch.flatten, "unflatten": torch.unflatten}


@functools.cache
def from_scratch(name):
    return load("resampling", SOURCES[name], name)


def _run(fn, args, kwargs, grad):
    """fn's value (or exception), gradients w.r.t. the `grad` positions, warnings, and whether the result is
    the first argument itself."""
    leaves = {k: args[k].detach().clone().requires_grad_() for k in grad}
    call = [leaves.get(k, a) for k, a in enumerate(args)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = fn(*call, **kwargs)
        except Exception as error:  # noqa: BLE001 - the error itself is compared
            return ("raised", type(error), str(error)), None, None, None
    ordered = [leaves[k] for k in grad]
    grads = [None] * len(ordered)
    if out.requires_grad and out.numel() > 0:
        upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
        grads = torch.autograd.grad(out, ordered, upstream, allow_unused=True)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, ordered)]
    return out.detach(), grads, [(w.category.__name__, str(w.message)) for w in caught], out is call[0]


def _assert_close(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    torch.testing.assert_close(ours, ref, rtol=1e-7, atol=1e-9, equal_nan=True, msg=lambda m: f"{what}: {m}")


def _same_error(name, ours, ref):
    if name == "unflatten" and ref[2].startswith("unflatten got an unexpected error"):
        # torch wraps its shape inference's message, C++ backtrace included: the type says enough
        assert ours[:2] == ref[:2], f"{name}: torch gives {ref}, ours {ours}"
    else:
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"


def agree(name, args, kwargs=None, grad=(0,), compare_grad=True):
    kwargs = kwargs or {}
    grad = tuple(k for k in grad if torch.is_tensor(args[k]) and args[k].is_floating_point())
    ours, ours_grads, ours_warnings, ours_is_input = _run(from_scratch(name), args, kwargs, grad)
    ref, ref_grads, ref_warnings, ref_is_input = _run(REFERENCE.get(name, getattr(F, name, None)), args, kwargs, grad)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        _same_error(name, ours, ref)
        return
    _assert_close(ours, ref, f"{name} value")
    if compare_grad:
        for key, o, r in zip(grad, ours_grads, ref_grads):
            _assert_close(o, r, f"{name} gradient of argument {key}")
    assert ours_warnings == ref_warnings, f"{name} warnings differ: {ours_warnings} != {ref_warnings}"
    assert ours_is_input == ref_is_input, f"{name}: torch returns the input itself: {ref_is_input}, ours: {ours_is_input}"


def data(g, shape, kind="randn"):
    """'randn', or 'ties': multiples of 1/4 with many equal values."""
    if kind == "ties":
        return torch.randint(-4, 5, shape, generator=g).to(F64) / 4
    return torch.randn(shape, generator=g, dtype=F64)


# ---------------------------------------------------------------------------------------------
# interpolate: every mode on every rank it accepts, odd and unit sizes, size (int, tuple, equal to the
# input: a copy), integer and non-integer scale factors, tuples of scale factors, recompute_scale_factor

SPATIAL = {3: [(5,), (1,), (4,)], 4: [(3, 5), (4, 1)], 5: [(3, 2, 5)]}
RANKS = {"nearest": (3, 4, 5), "nearest-exact": (3, 4, 5), "area": (3, 4, 5), "linear": (3,), "bilinear": (4,),
         "bicubic": (4,), "trilinear": (5,)}
# name -> keyword arguments for a spatial shape
SPECS = {
    "size7": lambda s: dict(size=7), "size2": lambda s: dict(size=2), "size_same": lambda s: dict(size=tuple(s)),
    "size_mixed": lambda s: dict(size=tuple([8, 2, 3][: len(s)])),
    "x2": lambda s: dict(scale_factor=2), "x1.7": lambda s: dict(scale_factor=1.7),
    "x0.6": lambda s: dict(scale_factor=0.6), "x3.2": lambda s: dict(scale_factor=3.2),
    "x_tuple": lambda s: dict(scale_factor=tuple([2.5, 0.5, 1.5][: len(s)])),
    "x1.7_recompute": lambda s: dict(scale_factor=1.7, recompute_scale_factor=True),
    "x0.6_recompute_false": lambda s: dict(scale_factor=0.6, recompute_scale_factor=False),
}


def interpolate_case(case, case_id):
    g = generator(case_id)
    x = data(g, (2, 3) + case["spatial"], case["data"])
    kwargs = dict(SPECS[case["spec"]](case["spatial"]), mode=case["mode"])
    if case["align_corners"] != "unset":
        kwargs["align_corners"] = case["align_corners"]
    if case.get("antialias"):
        kwargs["antialias"] = True
    agree("interpolate", [x], kwargs)


def interpolate_grid():
    blocks = []
    for mode, ranks in RANKS.items():
        corners = ("unset",) if mode in ("nearest", "nearest-exact", "area") else ("unset", False, True)
        for rank in ranks:
            blocks.append(dict(mode=(mode,), spatial=SPATIAL[rank], spec=tuple(SPECS), align_corners=corners,
                               data=("randn",)))
    blocks.append(dict(mode=("nearest", "nearest-exact", "bilinear", "bicubic"), spatial=[(4, 3)], spec=("x1.7", "x0.6"),
                       align_corners=("unset",), data=("ties",)))
    return grid(*blocks)


@pytest.mark.parametrize("case", interpolate_grid())
def test_interpolate(case, request):
    interpolate_case(case, request.node.callspec.id)


# antialias (bilinear, bicubic, and lanczos, 4-D only): shrinking widens the filter, growing keeps it
@pytest.mark.parametrize("case", grid(
    dict(mode=("bilinear", "bicubic"), spatial=[(9, 7), (2, 5)], spec=("size2", "x0.6", "x_tuple", "x3.2", "size_same"),
         align_corners=(False, True), antialias=(True,), data=("randn",)),
    dict(mode=("lanczos",), spatial=[(9, 7)], spec=("size2", "x0.6", "x_tuple", "x3.2"), align_corners=("unset",),
         antialias=(True,), data=("randn",)),
))
def test_interpolate_antialias(case, request):
    interpolate_case(case, request.node.callspec.id)


# nearest and nearest-exact copy values: NaN and infinities stay where they are
@pytest.mark.parametrize("mode", ["nearest", "nearest-exact"])
@pytest.mark.parametrize("spec", ["x1.7", "x0.6", "size_mixed"])
def test_interpolate_nearest_special_values(mode, spec):
    x = torch.tensor([[[[1.0, math.nan, 2.0], [math.inf, -1.0, -math.inf]]]], dtype=F64)
    agree("interpolate", [x], dict(SPECS[spec]((2, 3)), mode=mode))


# an empty batch; 'area' into an empty output (torch cannot differentiate that one)
@pytest.mark.parametrize("mode", ["nearest", "bilinear", "bicubic", "area"])
def test_interpolate_empty(mode):
    agree("interpolate", [torch.zeros(0, 2, 3, 3, dtype=F64)], dict(size=(4, 2), mode=mode))
    if mode == "area":
        agree("interpolate", [torch.randn(2, 2, 3, 3, dtype=F64)], dict(size=0, mode=mode), compare_grad=False)


# scale factors whose output length is the input length (x1.3) or twice it (x2.05): by the formula, nearest reads
# floor(o / scale_factor), as torch's 1-D and 3-D forward passes do; torch's CPU kernels for the 2-D forward pass
# and for every backward pass copy the pixels (or repeat each one twice) instead, so only these values are compared
@pytest.mark.parametrize("scale", [1.3, 2.05])
@pytest.mark.parametrize("shape", [(2, 3, 3), (2, 3, 3, 3, 3)])
def test_interpolate_nearest_follows_the_formula(shape, scale):
    x = data(generator(f"{shape}{scale}"), shape)
    ours = from_scratch("interpolate")(x, scale_factor=scale)
    _assert_close(ours, F.interpolate(x, scale_factor=scale), "interpolate value")


INTERPOLATE_ERRORS = {
    "align_with_nearest": ((1, 1, 4), dict(size=3, align_corners=True)),
    "align_with_area": ((1, 1, 4), dict(size=3, mode="area", align_corners=False)),
    "size_and_scale": ((1, 1, 4), dict(size=3, scale_factor=2)),
    "neither": ((1, 1, 4), dict()),
    "size_length": ((1, 1, 4, 4), dict(size=(3,))),
    "size_float": ((1, 1, 4, 4), dict(size=(3.0, 2))),
    "scale_length": ((1, 1, 4, 4), dict(scale_factor=(2, 2, 2))),
    "recompute_with_size": ((1, 1, 4), dict(size=3, recompute_scale_factor=True)),
    "antialias_nearest": ((1, 1, 4, 4), dict(size=3, antialias=True)),
    "antialias_3d": ((1, 1, 4), dict(size=3, mode="linear", antialias=True)),
    "linear_4d": ((1, 1, 4, 4), dict(size=3, mode="linear")),
    "bilinear_3d": ((1, 1, 4), dict(size=3, mode="bilinear")),
    "bilinear_5d": ((1, 1, 2, 2, 2), dict(size=3, mode="bilinear")),
    "trilinear_4d": ((1, 1, 4, 4), dict(size=3, mode="trilinear")),
    "bicubic_3d": ((1, 1, 4), dict(size=3, mode="bicubic")),
    "bicubic_5d": ((1, 1, 2, 2, 2), dict(size=3, mode="bicubic")),
    "unknown_mode": ((1, 1, 4, 4), dict(size=3, mode="cubic")),
    "2d_input": ((4, 4), dict(size=3)),
    "6d_input": ((1, 1, 2, 2, 2, 2), dict(size=3)),
    "lanczos_no_antialias": ((1, 1, 4, 4), dict(size=3, mode="lanczos")),
    "lanczos_align": ((1, 1, 4, 4), dict(size=3, mode="lanczos", antialias=True, align_corners=True)),
    "size0_1d": ((1, 1, 4), dict(size=0, mode="linear")),
    "size0_2d": ((1, 1, 4, 4), dict(size=0)),
    "size0_3d": ((1, 1, 2, 2, 2), dict(size=0, mode="trilinear")),
    "scale_too_small": ((1, 1, 4, 4), dict(scale_factor=0.2, mode="bilinear")),
    "scale_negative": ((1, 1, 4), dict(scale_factor=-2.0)),
    "empty_image": ((1, 1, 0, 4), dict(size=3, mode="bicubic")),
    "no_channels": ((1, 0, 4, 4), dict(size=3, mode="nearest-exact")),
}


@pytest.mark.parametrize("shape,kwargs", list(INTERPOLATE_ERRORS.values()), ids=list(INTERPOLATE_ERRORS))
def test_interpolate_errors(shape, kwargs):
    agree("interpolate", [torch.randn(shape, dtype=F64)], kwargs)


# ---------------------------------------------------------------------------------------------
# pixel_shuffle, pixel_unshuffle: factors 1..3, unbatched (C, H, W), batched and 5-D inputs, odd sizes,
# empty batches and channels; the refused inputs

@pytest.mark.parametrize("case", grid(
    dict(factor=(1, 2, 3), lead=((), (2,), (2, 3), (0,)), channels=(1, 2), hw=((1, 1), (3, 2), (2, 5))),
))
def test_pixel_shuffle(case, request):
    g, r = generator(request.node.callspec.id), case["factor"]
    agree("pixel_shuffle", [data(g, case["lead"] + (case["channels"] * r * r,) + case["hw"]), r])
    h, w = case["hw"]
    x = data(g, case["lead"] + (case["channels"], h * r, w * r))
    if x.numel() == 0 and r > 1:
        # torch 2.13 on the CPU returns an empty input unchanged, in its own shape; ours has the right one
        assert F.pixel_unshuffle(x, r).shape == x.shape
        assert from_scratch("pixel_unshuffle")(x, r).shape == (*case["lead"], case["channels"] * r * r, h, w)
        return
    agree("pixel_unshuffle", [x, r])


SHUFFLE_ERRORS = {
    "pixel_shuffle": [((4, 3), 2), ((4, 3), 0), ((8, 3, 3), 0), ((8, 3, 3), -1), ((8, 3, 3), 3), ((2, 5, 2, 2), 2)],
    "pixel_unshuffle": [((4, 3), 2), ((1, 4, 4), 0), ((1, 3, 4), 2), ((1, 4, 3), 2), ((1, 6, 4), 3), ((1, 6, 6), -2)],
    "channel_shuffle": [((6,), 2), ((2, 6), 2), ((2, 6), 0), ((2, 6, 3), 0), ((2, 6, 3), -3), ((2, 6, 3), 4),
                        ((2, 6, 3), 12)],
}


@pytest.mark.parametrize("name,shape,factor", [(name, s, f) for name, cases in SHUFFLE_ERRORS.items() for s, f in cases])
def test_shuffle_errors(name, shape, factor):
    agree(name, [torch.randn(shape, dtype=F64), factor])


# channel_shuffle: every divisor of the channel count, 3-D to 5-D inputs, empty batch and channels

@pytest.mark.parametrize("case", grid(
    dict(groups=(1, 2, 3, 6), shape=((2, 6, 3), (2, 6, 3, 2), (1, 6, 1, 2, 3), (0, 6, 2))),
    dict(groups=(1, 4), shape=((2, 0, 3), (1, 4, 1, 1))),
))
def test_channel_shuffle(case, request):
    g = generator(request.node.callspec.id)
    agree("channel_shuffle", [data(g, case["shape"]), case["groups"]])


# ---------------------------------------------------------------------------------------------
# affine_grid: 2-D and 3-D, odd and unit sizes, align_corners True/False/None (warnings), the gradient
# with respect to theta; the refused thetas and sizes

AFFINE = {  # size, theta shape
    "2d": ((2, 3, 4, 5), (2, 2, 3)), "2d_unit_h": ((2, 1, 1, 5), (2, 2, 3)), "2d_unit": ((1, 3, 1, 1), (1, 2, 3)),
    "2d_list": ([2, 3, 5, 3], (2, 2, 3)), "3d": ((2, 3, 3, 2, 4), (2, 3, 4)), "3d_unit": ((1, 1, 1, 1, 1), (1, 3, 4)),
    "err_theta_2d": ((2, 3, 4, 5), (2, 3, 4)), "err_theta_3d": ((2, 3, 3, 2, 4), (2, 2, 3)),
    "err_theta_rank": ((2, 3, 4, 5), (2, 3)), "err_size_rank": ((2, 3, 5), (2, 2, 3)),
    "err_size_6d": ((2, 3, 4, 5, 6, 7), (2, 3, 4)), "err_zero_size": ((2, 3, 0, 5), (2, 2, 3)),
    "err_zero_channels": ((2, 0, 4, 5), (2, 2, 3)), "err_batch": ((3, 3, 4, 5), (2, 2, 3)),
}


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(AFFINE), align_corners=(False, True, None)),
    dict(layout=("2d",), align_corners=("int_theta",)),
))
def test_affine_grid(case, request):
    size, theta_shape = AFFINE[case["layout"]]
    theta = data(generator(request.node.callspec.id), theta_shape)
    if case["align_corners"] == "int_theta":
        agree("affine_grid", [theta.long(), size], dict(align_corners=False))
    else:
        agree("affine_grid", [theta, size], dict(align_corners=case["align_corners"]))


# ---------------------------------------------------------------------------------------------
# grid_sample: every mode x padding_mode x align_corners on 4-D and 5-D inputs of odd and unit sizes;
# grid points inside [-1, 1], far outside (several reflections), and dyadic ones that fall exactly on
# pixel centers, borders and half-way points (nearest rounds half to even); gradients for input and grid

GRID_SAMPLE_SIZES = {4: [(1, 1), (3, 5), (4, 2)], 5: [(1, 1, 1), (2, 3, 4)]}


def grid_points(g, shape, kind):
    if kind == "inside":
        return torch.rand(shape, generator=g, dtype=F64) * 2.2 - 1.1
    if kind == "far":
        return torch.rand(shape, generator=g, dtype=F64) * 9 - 4.5
    return torch.randint(-6, 7, shape, generator=g).to(F64) / 4  # 'ties'


@pytest.mark.parametrize("case", grid(
    dict(rank=(4,), mode=("bilinear", "nearest", "bicubic"), padding_mode=("zeros", "border", "reflection"),
         align_corners=(False, True, None), size=(0, 1, 2), points=("inside", "far", "ties")),
    dict(rank=(5,), mode=("bilinear", "nearest"), padding_mode=("zeros", "border", "reflection"),
         align_corners=(False, True), size=(0, 1), points=("inside", "far", "ties")),
))
def test_grid_sample(case, request):
    g = generator(request.node.callspec.id)
    rank = case["rank"]
    x = data(g, (2, 3) + GRID_SAMPLE_SIZES[rank][case["size"]])
    points = grid_points(g, (2, 4, 3, 2) if rank == 4 else (2, 2, 3, 2, 3), case["points"])
    agree("grid_sample", [x, points], dict(mode=case["mode"], padding_mode=case["padding_mode"],
                                           align_corners=case["align_corners"]), grad=(0, 1))


GRID_SAMPLE_ERRORS = {  # input shape, grid shape, keyword arguments
    "mode": ((2, 3, 4, 5), (2, 6, 7, 2), dict(mode="cubic")),
    "padding": ((2, 3, 4, 5), (2, 6, 7, 2), dict(padding_mode="circular")),
    "batch": ((2, 3, 4, 5), (1, 6, 7, 2), dict()),
    "last_dim": ((2, 3, 4, 5), (2, 6, 7, 3), dict()),
    "grid_rank": ((2, 3, 4, 5), (2, 6, 2), dict()),
    "3d_input": ((2, 3, 4), (2, 6, 1), dict()),
    "6d_input": ((2, 3, 4, 5, 6, 7), (2, 1, 1, 1, 1, 4), dict()),
    "bicubic_5d": ((2, 3, 4, 4, 4), (2, 1, 6, 7, 3), dict(mode="bicubic")),
    "empty_image": ((2, 3, 0, 4), (2, 6, 7, 2), dict()),
    "empty_batch": ((0, 3, 4, 4), (0, 6, 7, 2), dict()),
    "no_channels": ((2, 0, 4, 4), (2, 6, 7, 2), dict()),
    "empty_grid": ((2, 3, 4, 5), (2, 0, 7, 2), dict()),
}


@pytest.mark.parametrize("input_shape,grid_shape,kwargs", list(GRID_SAMPLE_ERRORS.values()), ids=list(GRID_SAMPLE_ERRORS))
def test_grid_sample_edges(input_shape, grid_shape, kwargs):
    g = generator("-".join(map(str, input_shape + grid_shape)))
    agree("grid_sample", [data(g, input_shape), grid_points(g, grid_shape, "inside")],
          dict(kwargs, align_corners=False), grad=(0, 1))


# ---------------------------------------------------------------------------------------------
# flatten: every (start_dim, end_dim) on ranks 0 to 4, negative and out-of-range dims, a non-contiguous
# input (a copy, not a view); the very input comes back when there is nothing to merge

@pytest.mark.parametrize("case", grid(
    dict(shape=((), (5,), (2, 3), (2, 3, 4), (2, 0, 3, 1)), start=(0, 1, 2, -1, -2, 4), end=(-1, 0, 1, 2, -3, 4)),
    dict(shape=("T",), start=(0, 1), end=(-1, 1)),
))
def test_flatten(case, request):
    g = generator(request.node.callspec.id)
    x = data(g, (4, 3, 2)).transpose(0, 2) if case["shape"] == "T" else data(g, case["shape"])
    agree("flatten", [x, case["start"], case["end"]])


@pytest.mark.parametrize("case", grid(
    dict(shape=((12,), (2, 12), (2, 12, 3)), dim=(0, 1, -1, -2, 3),
         sizes=((3, 4), (4, -1), (-1, 2, 2), (12,), (1, 12, 1), (5, -1), (5, 2), (-1, -1), (-2, -6), ())),
    dict(shape=((2, 0),), dim=(1,), sizes=((0, -1), (0, 5), (-1, 3), (3, -1))),
    dict(shape=((),), dim=(0,), sizes=((1,),)),
    dict(shape=("T",), dim=(0, 1), sizes=((2, 2), (2, -1))),
))
def test_unflatten(case, request):
    g = generator(request.node.callspec.id)
    x = data(g, (4, 3)).T if case["shape"] == "T" else data(g, case["shape"])
    agree("unflatten", [x, case["dim"], case["sizes"]])
