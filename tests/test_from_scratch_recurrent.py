"""The from-scratch recurrent layers compute what nn.RNN, nn.LSTM, nn.GRU and their cells compute, over a grid.

snippets/recurrent/<rnn|lstm|gru>/from_scratch.py define `rnn`, `lstm`, `gru` (the multi-layer
modules, as functions of the module's named parameters) and `rnn_cell`, `lstm_cell`, `gru_cell`.
Every case builds the torch module in float64 with uneven weights drawn from a generator seeded by
the case id, runs the module and the function on the same leaves (input, h_0 / c_0, and every
parameter, passed to the module through torch.func.functional_call), and checks

* the output and the final states: shape, dtype and numbers;
* the gradients, by autograd, with respect to the input, the initial states and every parameter,
  fed an uneven upstream gradient through every output so that each element counts on its own.

The grid: tanh and relu RNN, LSTM, GRU; num_layers 1, 2, 3; bidirectional; batch_first; bias;
h_0 (and c_0) given or left to zeros; batched and unbatched input, odd sizes; LSTM's proj_size;
dropout between layers in training mode (both sides draw from identically seeded generators, so
the masks are the same) and in evaluation mode (no dropout). The cells: with and without bias,
with and without hx, batched and unbatched, tanh and relu.
"""

import functools
import itertools
import zlib

import pytest
import torch
import torch.nn as nn

from from_scratch_loader import load

F64 = torch.float64
L, N, H_IN, H = 4, 3, 3, 5  # sequence length, batch, input and hidden sizes (odd and all different)


@functools.cache
def from_scratch(folder, name):
    return load("recurrent", folder, name)


def grid(*blocks, leave_out=lambda case: False):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            if not leave_out(case):
                cases.setdefault("-".join(f"{k}={v}" for k, v in case.items()), case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


def generator(case_id):
    return torch.Generator().manual_seed(zlib.crc32(case_id.encode()))


def uneven(g, module):
    """Redraw every parameter from U(-0.6, 0.6): no two equal, the same on both sides."""
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(torch.rand(p.shape, generator=g, dtype=F64) * 1.2 - 0.6)
    return module


def flat(outputs):
    """The tensors of (output, h_n) or (output, (h_n, c_n)), in order."""
    result = []
    for item in outputs if isinstance(outputs, tuple) else (outputs,):
        result.extend(flat(item) if isinstance(item, tuple) else [item])
    return result


def compare(ours_fn, ref_fn, leaves, seed):
    """Both functions on clones of `leaves` (a dict of tensors): the same outputs and gradients."""
    results = []
    for fn in (ours_fn, ref_fn):
        call = {k: v.detach().clone().requires_grad_() for k, v in leaves.items()}
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)  # dropout: the same masks on both sides
            outputs = flat(fn(call))
        loss = sum((o * torch.linspace(0.5, 1.5, o.numel(), dtype=F64).reshape(o.shape)).sum() for o in outputs)
        grads = torch.autograd.grad(loss, list(call.values()), allow_unused=True)
        results.append((outputs, dict(zip(call, grads))))
    (ours, ours_grads), (ref, ref_grads) = results
    assert len(ours) == len(ref), f"{len(ours)} outputs, torch gives {len(ref)}"
    for k, (o, r) in enumerate(zip(ours, ref)):
        assert o.shape == r.shape, f"output {k}: shape {tuple(o.shape)} != {tuple(r.shape)}"
        torch.testing.assert_close(o, r, rtol=1e-10, atol=1e-12, msg=lambda m: f"output {k}: {m}")
    for name, r in ref_grads.items():
        o = ours_grads[name]
        assert (o is None) == (r is None), f"gradient of {name}: ours {o}, torch's {r}"
        if r is not None:
            torch.testing.assert_close(o, r, rtol=1e-10, atol=1e-12, msg=lambda m: f"gradient of {name}: {m}")


# ---------------------------------------------------------------------------------------------
# the multi-layer modules

MODES = {"rnn_tanh": (nn.RNN, "rnn", {"nonlinearity": "tanh"}), "rnn_relu": (nn.RNN, "rnn", {"nonlinearity": "relu"}),
         "lstm": (nn.LSTM, "lstm", {}), "gru": (nn.GRU, "gru", {})}


@pytest.mark.parametrize("case", grid(
    dict(mode=tuple(MODES), num_layers=(1, 2), bidirectional=(False, True), batch_first=(False, True),
         bias=(True, False), hx=(False, True), batched=(True, False), proj_size=(0,), dropout=(0.0,), training=(True,)),
    dict(mode=("lstm",), num_layers=(1, 2), bidirectional=(False, True), batch_first=(False, True), bias=(True,),
         hx=(False, True), batched=(True, False), proj_size=(1, 3), dropout=(0.0,), training=(True,)),
    dict(mode=tuple(MODES), num_layers=(3,), bidirectional=(False, True), batch_first=(True,), bias=(True,),
         hx=(True,), batched=(True,), proj_size=(0,), dropout=(0.0, 0.5), training=(True, False)),
    dict(mode=("lstm",), num_layers=(2,), bidirectional=(True,), batch_first=(False,), bias=(True,),
         hx=(True,), batched=(True, False), proj_size=(2,), dropout=(0.4,), training=(True, False)),
))
def test_recurrent_module(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    cls, folder, extra = MODES[case["mode"]]
    kwargs = dict(num_layers=case["num_layers"], bias=case["bias"], batch_first=case["batch_first"],
                  dropout=case["dropout"], bidirectional=case["bidirectional"], dtype=F64, **extra)
    if case["proj_size"]:
        kwargs["proj_size"] = case["proj_size"]
    module = uneven(g, cls(H_IN, H, **kwargs)).train(case["training"])
    D, H_out = 2 if case["bidirectional"] else 1, case["proj_size"] or H
    batch = (N,) if case["batched"] else ()
    shape = (N, L, H_IN) if case["batched"] and case["batch_first"] else (L, *batch, H_IN)
    leaves = {"input": torch.randn(shape, generator=g, dtype=F64)}
    if case["hx"]:
        leaves["h_0"] = torch.randn(case["num_layers"] * D, *batch, H_out, generator=g, dtype=F64)
        if folder == "lstm":
            leaves["c_0"] = torch.randn(case["num_layers"] * D, *batch, H, generator=g, dtype=F64)
    names = [name for name, _ in module.named_parameters()]
    leaves.update({name: p.detach() for name, p in module.named_parameters()})

    def initial(call):
        if not case["hx"]:
            return None
        return (call["h_0"], call["c_0"]) if folder == "lstm" else call["h_0"]

    def ours(call):
        options = dict(num_layers=case["num_layers"], batch_first=case["batch_first"], dropout=case["dropout"],
                       training=case["training"], bidirectional=case["bidirectional"], **extra)
        return from_scratch(folder, folder)(call["input"], initial(call), {n: call[n] for n in names}, **options)

    def ref(call):
        return torch.func.functional_call(module, {n: call[n] for n in names}, (call["input"], initial(call)))

    compare(ours, ref, leaves, zlib.crc32(case_id.encode()))


# ---------------------------------------------------------------------------------------------
# the cells

CELLS = {"rnn_tanh": (nn.RNNCell, "rnn", {"nonlinearity": "tanh"}),
         "rnn_relu": (nn.RNNCell, "rnn", {"nonlinearity": "relu"}),
         "lstm": (nn.LSTMCell, "lstm", {}), "gru": (nn.GRUCell, "gru", {})}


@pytest.mark.parametrize("case", grid(
    dict(cell=tuple(CELLS), bias=(True, False), hx=(False, True), batched=(True, False)),
))
def test_cell(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    cls, folder, extra = CELLS[case["cell"]]
    module = uneven(g, cls(H_IN, H, bias=case["bias"], dtype=F64, **extra))
    batch = (N,) if case["batched"] else ()
    leaves = {"input": torch.randn(*batch, H_IN, generator=g, dtype=F64)}
    if case["hx"]:
        leaves["h"] = torch.randn(*batch, H, generator=g, dtype=F64)
        if folder == "lstm":
            leaves["c"] = torch.randn(*batch, H, generator=g, dtype=F64)
    names = [name for name, _ in module.named_parameters()]
    leaves.update({name: p.detach() for name, p in module.named_parameters()})

    def initial(call):
        if not case["hx"]:
            return None
        return (call["h"], call["c"]) if folder == "lstm" else call["h"]

    def ours(call):
        weights = [call[n] for n in ("weight_ih", "weight_hh")] + [call.get("bias_ih"), call.get("bias_hh")]
        return from_scratch(folder, f"{folder}_cell")(call["input"], initial(call), *weights, **extra)

    def ref(call):
        return torch.func.functional_call(module, {n: call[n] for n in names}, (call["input"], initial(call)))

    compare(ours, ref, leaves, zlib.crc32(case_id.encode()))
