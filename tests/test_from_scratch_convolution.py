"""The from-scratch convolution functions agree with torch.nn.functional over a grid of float64 cases.

snippets/convolution/conv/from_scratch.py defines conv1d, conv2d and conv3d,
snippets/convolution/conv_transpose/from_scratch.py conv_transpose1d/2d/3d and
snippets/convolution/fold/from_scratch.py unfold and fold, each with the parameters of its
torch.nn.functional twin. Every case runs both on the same float64 inputs and checks

* the value (shape, dtype, numbers), or the same exception (type and message) where torch refuses
  the input;
* the gradients, by autograd, with respect to the input, the weight and the bias, fed an uneven
  upstream gradient so that every output element counts on its own.

Warnings are not compared: torch warns about padding='same' with an even kernel (it makes a padded
copy of the input), a performance remark that the from-scratch code has no reason to repeat.

The grid: every parameter over several values (stride, padding as int, tuple, 'same' and 'valid',
dilation, groups up to depthwise, bias, output_padding), kernels of odd, even and unequal sizes,
odd input sizes, batched, unbatched and empty-batch inputs, and the refused inputs (wrong rank,
channel mismatch, 'same' with a stride, an input smaller than the kernel, output_padding too large,
a transposed output smaller than one element, a fold input of the wrong size). torch words the
errors of conv_transpose1d as those of a 2-D convolution of height 1, so the error cases of the
transposed convolution are 2-D and 3-D.
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
# torch's performance remark on padding='same' with an even kernel (see the docstring)
pytestmark = pytest.mark.filterwarnings("ignore:Using padding='same' with even kernel lengths")
SOURCES = {"conv1d": "conv", "conv2d": "conv", "conv3d": "conv",
           "conv_transpose1d": "conv_transpose", "conv_transpose2d": "conv_transpose",
           "conv_transpose3d": "conv_transpose", "unfold": "fold", "fold": "fold"}


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/convolution/<folder>/from_scratch.py, loaded without its prints."""
    return load("convolution", SOURCES[name], name)


def _run(fn, args, kwargs, grad):
    """fn's value (or exception) and its gradients with respect to the arguments at the `grad` positions."""
    leaves = {k: args[k].detach().clone().requires_grad_() for k in grad if args[k] is not None}
    call = [leaves.get(k, a) for k, a in enumerate(args)]
    try:
        out = fn(*call, **kwargs)
    except Exception as error:  # noqa: BLE001 - the error itself is compared
        return ("raised", type(error), str(error)), None
    ordered = list(leaves.values())
    upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
    grads = torch.autograd.grad(out, ordered, upstream, allow_unused=True) if out.numel() else [None] * len(ordered)
    return out.detach(), [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, ordered)]


def _assert_close(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    torch.testing.assert_close(ours, ref, rtol=1e-10, atol=1e-10, msg=lambda m: f"{what}: {m}")


def agree(name, args, kwargs, grad=(0, 1, 2)):
    """from_scratch(name) and F.<name> agree on (args, kwargs): the value or the error, and the gradients."""
    ours, ours_grads = _run(from_scratch(name), args, kwargs, grad)
    ref, ref_grads = _run(getattr(F, name), args, kwargs, grad)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"
        return
    _assert_close(ours, ref, f"{name} value")
    for key, o, r in zip([k for k in grad if args[k] is not None], ours_grads, ref_grads):
        _assert_close(o, r, f"{name} gradient of argument {key}")


def randn(case_id, *shapes):
    g = torch.Generator().manual_seed(zlib.crc32(case_id.encode()))
    return [None if s is None else torch.randn(s, generator=g, dtype=F64) for s in shapes]


# ---------------------------------------------------------------------------------------------
# conv1d, conv2d, conv3d: kernel x stride x padding (int, tuple, 'same', 'valid') x dilation x groups
# (1, 2, depthwise) for each dimensionality; then bias, unbatched and empty inputs, a channel
# multiplier; then the refused inputs

SPATIAL = {1: (9,), 2: (7, 6), 3: (5, 4, 5)}  # odd and even sizes
C_IN = 4


def conv_block(d, kernels, strides, paddings, dilations, groups):
    return dict(d=(d,), kernel=kernels, stride=strides, padding=paddings, dilation=dilations, groups=groups,
                bias=(True,), layout=("batched",))


@pytest.mark.parametrize("case", grid(
    conv_block(1, (2, 3), (1, 3), (0, 2, "same", "valid"), (1, 2), (1, 2, 4)),
    conv_block(2, ((3, 3), (2, 3)), (1, 2, (1, 2)), (0, (1, 0), "same", "valid"), (1, (2, 1)), (1, 2, 4)),
    conv_block(3, ((2, 3, 1), (3, 3, 3)), (1, (2, 1, 2)), (0, (1, 0, 2), "same"), (1, (1, 2, 1)), (1, 4)),
    *(dict(d=(1, 2, 3), kernel=(3,), stride=(stride,), padding=(padding,), dilation=(1,), groups=(1, 4),
           bias=(True, False), layout=("batched", "unbatched", "empty_batch", "multiplier"))
      for stride, padding in ((1, "same"), (2, 1))),
))
def test_conv(case, request):
    d = case["d"]
    k = case["kernel"] if isinstance(case["kernel"], tuple) else (case["kernel"],) * d
    groups = case["groups"]
    c_out = 8 if case["layout"] == "multiplier" else 6 if groups != 4 else 4  # depthwise with 2 filters per channel
    batch = {"batched": (2,), "unbatched": (), "empty_batch": (0,), "multiplier": (2,)}[case["layout"]]
    x, w, b = randn(request.node.callspec.id, batch + (C_IN,) + SPATIAL[d], (c_out, C_IN // groups) + k,
                    (c_out,) if case["bias"] else None)
    kwargs = dict(stride=case["stride"], padding=case["padding"], dilation=case["dilation"], groups=groups)
    agree(f"conv{d}d", [x, w, b], kwargs)


CONV_ERRORS = {  # input shape, weight shape, keyword arguments
    "channels": ((2, 3, 6, 6), (4, 4, 3, 3), {}),
    "channels_unbatched": ((3, 6, 6), (4, 4, 3, 3), {}),
    "channels_groups": ((2, 4, 6, 6), (4, 1, 3, 3), dict(groups=2)),
    "layout_nlc_1d": ((2, 9, 4), (6, 4, 3), {}),  # (N, L, C) instead of (N, C, L)
    "same_stride": ((2, 4, 6, 6), (6, 4, 3, 3), dict(padding="same", stride=2)),
    "same_stride_1d": ((2, 4, 9), (6, 4, 3), dict(padding="same", stride=(3,))),
    "same_stride_3d": ((2, 4, 5, 5, 5), (6, 4, 3, 3, 3), dict(padding="same", stride=(1, 1, 2))),
    "too_small": ((2, 4, 2, 6), (6, 4, 3, 3), {}),
    "too_small_padded": ((2, 4, 1, 6), (6, 4, 4, 3), dict(padding=1)),
    "too_small_dilated_1d": ((2, 4, 8), (6, 4, 3), dict(dilation=4)),
    "too_small_3d": ((1, 4, 2, 5, 5), (6, 4, 3, 3, 3), {}),
    "rank_1d": ((9,), (6, 4, 3), {}),
    "rank_2d": ((2, 1, 4, 6, 6), (6, 4, 3, 3), {}),
    "rank_3d": ((4, 5, 5), (6, 4, 3, 3, 3), {}),
}


@pytest.mark.parametrize("error", CONV_ERRORS)
def test_conv_refuses_what_torch_refuses(error):
    x_shape, w_shape, kwargs = CONV_ERRORS[error]
    x, w, b = randn(error, x_shape, w_shape, w_shape[:1])
    agree(f"conv{len(w_shape) - 2}d", [x, w, b], kwargs)


# ---------------------------------------------------------------------------------------------
# conv_transpose1d/2d/3d: kernel x stride x padding x output_padding x dilation x groups; bias,
# unbatched and empty inputs; the refused inputs

T_SPATIAL = {1: (5,), 2: (3, 4), 3: (3, 2, 3)}


def transposed_block(d, kernels, strides, paddings, output_paddings, dilations, groups):
    return dict(d=(d,), kernel=kernels, stride=strides, padding=paddings, output_padding=output_paddings,
                dilation=dilations, groups=groups, bias=(True,), layout=("batched",))


def _refused_1d(param):
    """A 1-D case with output_padding >= max(stride, dilation): torch words its error as a 2-D one."""
    case = param.values[0]
    return case["d"] == 1 and case["output_padding"] >= max(case["stride"], case["dilation"])


@pytest.mark.parametrize("case", [p for p in grid(
    transposed_block(1, (2, 3), (1, 3), (0, 2), (0, 1, 2), (1, 2), (1, 2, 4)),
    transposed_block(2, ((3, 3), (2, 3), (4, 4)), (1, 2, (2, 3)), (0, (2, 1)), (0, 1, (1, 0)), (1, 2), (1, 4)),
    transposed_block(3, ((2, 3, 1), (3, 3, 3)), (1, (2, 1, 2)), (0, (1, 0, 1)), (0, (1, 0, 1)), (1, (1, 2, 1)),
                     (1, 4)),
    dict(d=(1, 2, 3), kernel=(3,), stride=(2,), padding=(1,), output_padding=(0, 1), dilation=(1,),
         groups=(1, 4), bias=(True, False), layout=("batched", "unbatched", "empty_batch")),
) if not _refused_1d(p)])
def test_conv_transpose(case, request):
    d = case["d"]
    k = case["kernel"] if isinstance(case["kernel"], tuple) else (case["kernel"],) * d
    groups = case["groups"]
    c_out_per_group = 3 if groups != 4 else 2
    batch = {"batched": (2,), "unbatched": (), "empty_batch": (0,)}[case["layout"]]
    x, w, b = randn(request.node.callspec.id, batch + (C_IN,) + T_SPATIAL[d], (C_IN, c_out_per_group) + k,
                    (c_out_per_group * groups,) if case["bias"] else None)
    kwargs = dict(stride=case["stride"], padding=case["padding"], output_padding=case["output_padding"],
                  groups=groups, dilation=case["dilation"])
    agree(f"conv_transpose{d}d", [x, w, b], kwargs)


T_ERRORS = {  # input shape, weight shape, keyword arguments
    "channels": ((2, 3, 4, 4), (4, 3, 3, 3), {}),
    "channels_unbatched": ((3, 4, 4), (4, 3, 3, 3), {}),
    "output_padding_2d": ((1, 4, 3, 3), (4, 3, 3, 3), dict(stride=2, output_padding=2)),
    "output_padding_stride1": ((1, 4, 3, 3), (4, 3, 3, 3), dict(output_padding=(0, 1))),
    "output_padding_3d": ((1, 4, 3, 3, 3), (4, 3, 3, 3, 3), dict(stride=2, output_padding=(2, 0, 0))),
    "too_small_2d": ((1, 4, 3, 5), (4, 3, 3, 3), dict(padding=(2, 0))),
    "zero_size_2d": ((1, 4, 3, 5), (4, 3, 2, 2), dict(padding=(0, 3))),
    "too_small_3d": ((1, 4, 3, 3, 3), (4, 3, 3, 3, 3), dict(padding=(3, 0, 0))),
    "rank_2d": ((4, 5), (4, 3, 3, 3), {}),
    "rank_1d": ((2, 1, 4, 5), (4, 3, 3), {}),
}


@pytest.mark.parametrize("error", T_ERRORS)
def test_conv_transpose_refuses_what_torch_refuses(error):
    x_shape, w_shape, kwargs = T_ERRORS[error]
    x, w, b = randn(error, x_shape, w_shape, w_shape[1:2])
    agree(f"conv_transpose{len(w_shape) - 2}d", [x, w, b], kwargs)


# ---------------------------------------------------------------------------------------------
# unfold and fold: kernel x dilation x padding x stride, on an odd-sized image; batched, unbatched
# and empty inputs; the refused inputs

IMAGE = (2, 3, 7, 6)


def blocks(size, kernel, dilation, padding, stride):
    pair = lambda v: (v, v) if isinstance(v, int) else v  # noqa: E731
    return [(n + 2 * p - d * (k - 1) - 1) // s + 1
            for n, k, d, p, s in zip(size, *map(pair, (kernel, dilation, padding, stride)))]


FOLD_GRID = grid(
    dict(kernel=((2, 2), (3, 2), 1, 3), dilation=(1, (2, 1)), padding=(0, 1, (0, 2)), stride=(1, 2, (1, 3)),
         layout=("batched",)),
    dict(kernel=(3,), dilation=(1,), padding=(1,), stride=(1, 2), layout=("unbatched", "empty_batch")),
)


def layout_shape(layout, shape):
    return {"batched": shape, "unbatched": shape[1:], "empty_batch": (0,) + shape[1:]}[layout]


@pytest.mark.parametrize("case", FOLD_GRID)
def test_unfold(case, request):
    kwargs = dict(kernel_size=case["kernel"], dilation=case["dilation"], padding=case["padding"], stride=case["stride"])
    x, = randn(request.node.callspec.id, layout_shape(case["layout"], IMAGE))
    agree("unfold", [x], kwargs, grad=(0,))


@pytest.mark.parametrize("case", FOLD_GRID)
def test_fold(case, request):
    kwargs = dict(kernel_size=case["kernel"], dilation=case["dilation"], padding=case["padding"], stride=case["stride"])
    k = case["kernel"] if isinstance(case["kernel"], tuple) else (case["kernel"],) * 2
    n_blocks = math.prod(blocks(IMAGE[2:], **{key: v for key, v in kwargs.items() if key != "kernel_size"}, kernel=k))
    cols, = randn(request.node.callspec.id, layout_shape(case["layout"], (2, IMAGE[1] * math.prod(k), n_blocks)))
    agree("fold", [cols, IMAGE[2:]], kwargs, grad=(0,))


UNFOLD_ERRORS = {
    "rank_5d": ((1, 2, 3, 5, 5), dict(kernel_size=3)),
    "rank_2d_no_channel": ((2, 3, 5), dict(kernel_size=3)),  # (C, H, W) = (2, 3, 5): accepted, C = 2
    "kernel_too_large": ((1, 2, 5, 5), dict(kernel_size=6)),
    "dilated_too_large": ((1, 2, 5, 5), dict(kernel_size=3, dilation=(1, 3))),
}


@pytest.mark.parametrize("error", UNFOLD_ERRORS)
def test_unfold_refuses_what_torch_refuses(error):
    shape, kwargs = UNFOLD_ERRORS[error]
    x, = randn(error, shape)
    agree("unfold", [x], kwargs, grad=(0,))


FOLD_ERRORS = {  # input shape, output_size, keyword arguments
    "rank_4d": ((2, 3, 27, 9), (5, 5), dict(kernel_size=3)),
    "rank_1d": ((27,), (5, 5), dict(kernel_size=3)),
    "not_divisible": ((2, 26, 9), (5, 5), dict(kernel_size=3)),
    "wrong_blocks": ((2, 27, 10), (5, 5), dict(kernel_size=3)),
    "wrong_blocks_stride": ((2, 27, 9), (5, 5), dict(kernel_size=3, stride=2)),
    "wrong_output_size": ((2, 27, 9), (6, 6), dict(kernel_size=3)),
}


@pytest.mark.parametrize("error", FOLD_ERRORS)
def test_fold_refuses_what_torch_refuses(error):
    shape, output_size, kwargs = FOLD_ERRORS[error]
    cols, = randn(error, shape)
    agree("fold", [cols, output_size], kwargs, grad=(0,))
