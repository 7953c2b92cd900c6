"""The from-scratch embedding, embedding_bag and one_hot agree with torch.nn.functional over a grid.

Each snippets/embedding/<name>/from_scratch.py defines `<name>` with the parameters of
torch.nn.functional.<name>. Every case below runs both on the same float64 weights and checks

* the value: shape, dtype and numbers, or the same exception (type and message) where torch
  refuses the input;
* the gradients, by autograd, with respect to the weight (and the per-sample weights of
  embedding_bag), fed an uneven upstream gradient so that each element counts on its own; a sparse
  gradient must be sparse on both sides and is compared densified;
* the weight after the call: max_norm rescales the rows it looks up in place.

The grid: every parameter over several values (padding_idx positive, 0 and negative,
max_norm with norm types 1, 2, 3 and inf, scale_grad_by_freq, sparse, the three modes,
per_sample_weights, include_last_offset); 0-d, 1-D, 2-D, 3-D and empty index tensors, int32
indices, empty bags and bags of padding only; weights that are continuous ('randn') or dyadic so
that the maximum of a bag has ties ('ties'). Inputs come from a torch.Generator seeded by the case id.

Three corners where torch 2.13 on the CPU is wrong are compared with the documented behavior instead:

* embedding_bag with scale_grad_by_freq divides some rows by another index's count
  (pytorch/pytorch#190063): its gradient is compared with torch's unscaled gradient divided by the
  number of times each index occurs in the input;
* embedding_bag with include_last_offset and indices after the last offset, which belong to no bag:
  in float32 sum drops them, mean counts them in its denominator and max includes them
  (pytorch/pytorch#191965); in float64 sum includes them too; and the backward pass of their rows
  reads uninitialized memory. There the reference is torch on the input cut at the last offset;
* embedding of a 0-d index with sparse=True and a padding_idx fails in torch's backward
  (IndexError): that case is left out.
"""

import functools
import inspect
import itertools
import math
import zlib

import pytest
import torch
import torch.nn.functional as F

from from_scratch_loader import load

F64 = torch.float64


@functools.cache
def from_scratch(name):
    return load("embedding", name)


def generator(case_id):
    return torch.Generator().manual_seed(zlib.crc32(case_id.encode()))


def grid(*blocks, leave_out=lambda case: False):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            if not leave_out(case):
                cases.setdefault("-".join(f"{k}={v}" for k, v in case.items()), case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


def table(g, shape, kind):
    if kind == "ties":
        return torch.randint(-4, 5, shape, generator=g).to(F64) / 4
    return torch.randn(shape, generator=g, dtype=F64)


def _run(fn, args, kwargs, grad):
    """fn's value (or exception), the gradients w.r.t. the `grad` positions, and every argument after the call."""
    call = [a.detach().clone() if torch.is_tensor(a) else a for a in args]
    for k in grad:
        call[k].requires_grad_()
    try:
        out = fn(*call, **kwargs)
    except Exception as error:  # noqa: BLE001 - the error itself is compared
        return ("raised", type(error), str(error)), None, None
    grads = []
    if out.requires_grad:
        upstream = torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)
        try:
            grads = torch.autograd.grad(out, [call[k] for k in grad], upstream, allow_unused=True)
        except (RuntimeError, IndexError) as error:  # torch refuses some combinations in the backward pass only
            return ("backward raised", type(error), str(error)), None, None
        grads = [torch.zeros_like(call[k]) if g is None else g for k, g in zip(grad, grads)]
    return out.detach(), grads, [a.detach() if torch.is_tensor(a) else a for a in call]


def _close(ours, ref, what):
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    torch.testing.assert_close(ours, ref, rtol=1e-12, atol=1e-12, msg=lambda m: f"{what}: {m}")


def agree(name, args, kwargs, grad=(), reference=None):
    """from_scratch(name) and F.<name> (or `reference`) agree on (args, kwargs): value or error, gradients,
    and the arguments after the call."""
    ours, ours_grads, ours_after = _run(from_scratch(name), args, kwargs, grad)
    ref, ref_grads, ref_after = _run(reference or getattr(F, name), args, kwargs, grad)
    if isinstance(ref, tuple) or isinstance(ours, tuple):
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"
        return
    _close(ours, ref, f"{name} value")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        assert o.layout == r.layout, f"{name} gradient of argument {key}: layout {o.layout} != {r.layout}"
        _close(o.to_dense(), r.to_dense(), f"{name} gradient of argument {key}")
    for key, (o, r) in enumerate(zip(ours_after, ref_after)):
        if torch.is_tensor(r):
            _close(o, r, f"{name}: argument {key} after the call")


# ---------------------------------------------------------------------------------------------
# embedding: index layouts x padding_idx x scale_grad_by_freq x sparse; max_norm x norm_type (with
# repeated rows, padding); the refused inputs

INDEX_SHAPES = {"0d": (), "1d": (7,), "2d": (3, 4), "3d": (2, 3, 2), "empty": (0, 3), "int32": (3, 4)}
V, H = 6, 3


def indices(g, layout, num=V):
    shape = INDEX_SHAPES[layout]
    idx = torch.randint(0, num, shape, generator=g)
    if idx.numel() > 2:
        idx.view(-1)[:2] = 0  # make sure the padding row 0 (and a repeated row) occurs
    return idx.int() if layout == "int32" else idx


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(INDEX_SHAPES), padding_idx=(None, 0, 4, -1), scale_grad_by_freq=(False, True),
         sparse=(False, True), max_norm=(None,), norm_type=(2.0,), data=("randn",)),
    dict(layout=("1d", "2d", "3d"), padding_idx=(None, 0), scale_grad_by_freq=(False, True), sparse=(False,),
         max_norm=(0.5, 1.5), norm_type=(1.0, 2.0, 3.0, math.inf), data=("randn", "ties")),
    dict(layout=("0d", "empty", "int32"), padding_idx=(None,), scale_grad_by_freq=(False,), sparse=(False, True),
         max_norm=(1.0,), norm_type=(2.0,), data=("randn",)),
    # torch 2.13's sparse backward fails on a 0-d index with a padding_idx (IndexError)
    leave_out=lambda case: case["layout"] == "0d" and case["sparse"] and case["padding_idx"] is not None,
))
def test_embedding(case, request):
    g = generator(request.node.callspec.id)
    kwargs = {k: case[k] for k in ("padding_idx", "max_norm", "norm_type", "scale_grad_by_freq", "sparse")}
    agree("embedding", [indices(g, case["layout"]), table(g, (V, H), case["data"])], kwargs, grad=(1,))


@pytest.mark.parametrize("case", grid(dict(error=("float", "int16", "too_large", "negative", "padding_high",
                                                  "padding_low"))))
def test_embedding_refuses(case, request):
    g = generator(request.node.callspec.id)
    idx, kwargs = indices(g, "2d"), {}
    if case["error"] == "float":
        idx = idx.to(F64)
    elif case["error"] == "int16":
        idx = idx.short()
    elif case["error"] == "too_large":
        idx[1, 2] = V
    elif case["error"] == "negative":
        idx[0, 3] = -1
    else:
        kwargs["padding_idx"] = V if case["error"] == "padding_high" else -V - 1
    agree("embedding", [idx, table(g, (V, H), "randn")], kwargs, grad=(1,))


# ---------------------------------------------------------------------------------------------
# embedding_bag: modes x layouts (1-D with offsets, empty bags, include_last_offset with dropped
# tail, 2-D, int32) x padding_idx x per_sample_weights (sum only) x scale_grad_by_freq and sparse
# (not max) x max_norm; the refused combinations

BAG_LAYOUTS = {  # number of indices, offsets (None: a 2-D input of shape (4, 3)), include_last_offset
    "offsets": (9, [0, 2, 5, 6], False), "empty_bags": (7, [0, 0, 3, 3, 7], False),
    "last_offset": (9, [0, 2, 2, 9], True), "dropped_tail": (9, [0, 3, 6], True), "one_bag": (5, [0], False),
    "no_bags": (0, [], False), "2d": (12, None, False), "int32": (9, [0, 4, 4], False),
}


def bag_inputs(g, layout, psw):
    n, offsets, last = BAG_LAYOUTS[layout]
    idx = torch.randint(0, V, (n,), generator=g)
    if n >= 6:
        idx[1], idx[4], idx[5] = 0, 0, idx[0]  # padding row 0 and a repeated row
    if layout == "2d":
        idx, offsets = idx.reshape(4, 3), None
        idx[2] = 0  # a bag of padding only
    else:
        offsets = torch.tensor(offsets, dtype=torch.long)
    if layout == "int32":
        idx, offsets = idx.int(), offsets.int()
    weights = torch.randn(idx.shape, generator=g, dtype=F64) if psw else None
    return idx, offsets, weights, last


def embedding_bag_documented(input, weight, *args, **kwargs):
    """F.embedding_bag as documented where torch 2.13's CPU kernels are not: indices after the last offset
    (include_last_offset) are cut off before the call, and scale_grad_by_freq divides the unscaled gradient of
    each row by the number of times its index occurs in the input."""
    bound = inspect.signature(F.embedding_bag).bind(input, weight, *args, **kwargs)
    offsets, weights = bound.arguments.get("offsets"), bound.arguments.get("per_sample_weights")
    if bound.arguments.get("include_last_offset") and input.dim() == 1 and len(offsets):
        # the indices after the last offset belong to no bag: leave them out
        bound.arguments["input"] = input[: offsets[-1]]
        if weights is not None:
            bound.arguments["per_sample_weights"] = weights[: offsets[-1]]
    if bound.arguments.get("scale_grad_by_freq") and not bound.arguments.get("sparse") and weight.requires_grad:
        bound.arguments["scale_grad_by_freq"] = False
        counts = torch.bincount(input.reshape(-1).long(), minlength=weight.shape[0]).clamp(min=1).to(weight.dtype)
        weight.register_hook(lambda g: g / counts.unsqueeze(1))
    return F.embedding_bag(*bound.args, **bound.kwargs)


@pytest.mark.parametrize("case", grid(
    dict(mode=("sum", "mean", "max"), layout=tuple(BAG_LAYOUTS), padding_idx=(None, 0, -1), psw=(False,),
         scale_grad_by_freq=(False,), sparse=(False,), max_norm=(None,), data=("randn", "ties")),
    dict(mode=("sum",), layout=tuple(BAG_LAYOUTS), padding_idx=(None, 0), psw=(True,),
         scale_grad_by_freq=(False, True), sparse=(False, True), max_norm=(None,), data=("randn",)),
    dict(mode=("sum", "mean"), layout=("offsets", "2d"), padding_idx=(None, 0), psw=(False,),
         scale_grad_by_freq=(False, True), sparse=(False, True), max_norm=(None, 1.0), data=("randn",)),
    dict(mode=("max",), layout=("offsets", "empty_bags", "2d"), padding_idx=(None, 0), psw=(False,),
         scale_grad_by_freq=(False,), sparse=(False,), max_norm=(1.0,), data=("randn", "ties")),
    # which indices the frequencies count when some belong to no bag is not documented
    leave_out=lambda case: case["layout"] == "dropped_tail" and case["scale_grad_by_freq"],
))
def test_embedding_bag(case, request):
    g = generator(request.node.callspec.id)
    idx, offsets, weights, last = bag_inputs(g, case["layout"], case["psw"])
    kwargs = dict(offsets=offsets, mode=case["mode"], padding_idx=case["padding_idx"], per_sample_weights=weights,
                  include_last_offset=last, scale_grad_by_freq=case["scale_grad_by_freq"], sparse=case["sparse"],
                  max_norm=case["max_norm"])
    args = [idx, table(g, (V, H), case["data"])]
    if weights is not None:  # pass the per-sample weights positionally so that their gradient is compared too
        args += [kwargs.pop("offsets"), kwargs.pop("max_norm"), 2, kwargs.pop("scale_grad_by_freq"),
                 kwargs.pop("mode"), kwargs.pop("sparse"), kwargs.pop("per_sample_weights")]
    agree("embedding_bag", args, kwargs, grad=(1, 8) if weights is not None else (1,),
          reference=embedding_bag_documented)


@pytest.mark.parametrize("case", grid(dict(error=("2d_with_offsets", "1d_without_offsets", "psw_mean", "psw_max",
                                                  "psw_shape", "max_scale", "max_sparse", "bad_mode"))))
def test_embedding_bag_refuses(case, request):
    g = generator(request.node.callspec.id)
    idx, offsets, _, _ = bag_inputs(g, "offsets", False)
    weights = torch.randn(idx.shape, generator=g, dtype=F64)
    kwargs = {"offsets": offsets}
    error = case["error"]
    if error == "2d_with_offsets":
        idx, kwargs["offsets"] = idx[:8].reshape(2, 4), torch.tensor([0, 1])
    elif error == "1d_without_offsets":
        kwargs["offsets"] = None
    elif error in ("psw_mean", "psw_max"):
        kwargs.update(mode=error[4:], per_sample_weights=weights)
    elif error == "psw_shape":
        kwargs.update(mode="sum", per_sample_weights=weights[:-1])
    elif error in ("max_scale", "max_sparse"):
        kwargs.update(mode="max", **{"scale_grad_by_freq" if error == "max_scale" else "sparse": True})
    else:
        kwargs["mode"] = "median"
    agree("embedding_bag", [idx, table(g, (V, H), "randn")], kwargs, grad=(1,))


# ---------------------------------------------------------------------------------------------
# one_hot: shapes (0-d, 1-D, 2-D, empty) x num_classes (inferred, exact, larger, too small, 0,
# negative); the refused dtypes and values


@pytest.mark.parametrize("case", grid(
    dict(shape=((), (5,), (3, 4), (2, 0), (0,)), num_classes=(-1, 0, 3, 4, 7, -2), kind=("valid",)),
    dict(shape=((5,), (3, 4)), num_classes=(-1, 4), kind=("negative", "float", "int32", "uint8", "bool")),
))
def test_one_hot(case, request):
    g = generator(request.node.callspec.id)
    labels = torch.randint(0, 4, case["shape"], generator=g)
    if labels.numel():
        labels.view(-1)[0] = 3  # the largest class occurs: num_classes=-1 infers 4
    if case["kind"] == "negative":
        labels.view(-1)[-1] = -1
    elif case["kind"] != "valid":
        labels = labels.to({"float": F64, "int32": torch.int32, "uint8": torch.uint8, "bool": torch.bool}[case["kind"]])
    agree("one_hot", [labels], {"num_classes": case["num_classes"]})
