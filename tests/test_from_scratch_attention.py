"""The from-scratch attention functions agree with torch, and the transformer layers with their composition.

snippets/attention/scaled_dot_product_attention/from_scratch.py defines `scaled_dot_product_attention`
and snippets/attention/multihead_attention/from_scratch.py `multi_head_attention_forward`, each with
torch.nn.functional's parameters. Every case below runs both on the same float64 inputs and checks

* the value (and, for multi-head attention, the returned weights): shape, dtype and numbers, NaN where
  torch gives NaN, or the same exception (type and message) where torch refuses the input;
* the gradients, by autograd, with respect to query, key and value (and the projection weights of
  multi-head attention), fed an uneven upstream gradient so that each element counts on its own;
* dropout: both sides draw from identically seeded generators, so the same weights are dropped.

scaled_dot_product_attention's grid: 2-D to 5-D inputs, broadcast batch dimensions, L < S, L = S, L > S,
a value size other than the query's; no mask, boolean masks (some rows fully masked, broadcast ones),
float masks (finite, with -inf, a fully -inf row, float32 on float64 inputs); is_causal with L != S;
scale (None, 0, negative, large); enable_gqa (query heads 4 over 2 or 1 key/value heads); dropout_p
(0, 0.3, 1); data of unit scale and scores large enough to saturate the softmax. is_causal together
with attn_mask is refused by torch's reference (math) kernel, and ours refuses it the same way.

multi_head_attention_forward's grid: embed_dim/num_heads (4/1, 4/2, 6/3), batched and unbatched,
self- and cross-attention, kdim/vdim (separate projection weights), bias, add_bias_kv, add_zero_attn,
static_k/static_v; key_padding_mask (none, boolean with a fully padded sample, float) crossed with
attn_mask (none, 2-D and 3-D boolean and float, fully masked rows, causal with the is_causal hint);
need_weights and average_attn_weights; training with dropout; the refused shapes. nn.MultiheadAttention
itself (batch_first, kdim/vdim) agrees with the from-scratch function on its own parameters.

The transformer layers (TransformerEncoderLayer, TransformerDecoderLayer, TransformerEncoder,
TransformerDecoder, Transformer) are checked against a composition of the verified pieces: the
from-scratch multi_head_attention_forward, layer_norm, linear, relu and gelu of the handbook, over
norm_first, activation (relu, gelu, a callable), batch_first, bias, dim_feedforward, layer_norm_eps,
the masks (causal, padding, both) and the modes: training with dropout 0 (values and the gradients of
the inputs) and evaluation under no_grad (torch's fast paths). Under the nested-tensor fast path of
TransformerEncoder the padded positions come back as zeros; the others agree with the composition.
"""

import functools
import math
import warnings
import zlib

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

from from_scratch_loader import load
from grid_cases import grid, generator

F64 = torch.float64
# a bool padding mask next to a float attention mask is what the grid means to test; nested tensors are a prototype
pytestmark = [pytest.mark.filterwarnings("ignore:Support for mismatched"),
              pytest.mark.filterwarnings("ignore:The PyTorch API of nested tensors")]


@functools.cache
def piece(name):
    section, folder = {
        "scaled_dot_product_attention": ("attention", "scaled_dot_product_attention"),
        "multi_head_attention_forward": ("attention", "multihead_attention"),
        "layer_norm": ("normalization", "layer_norm"), "linear": ("linear", "linear"),
        "relu": ("activations", "relu"), "gelu": ("activations", "gelu"),
    }[name]
    return load(section, folder, name)


def randn(g, *shape, scale=1.0):
    return torch.randn(shape, generator=g, dtype=F64) * scale


def assert_close(ours, ref, what):
    if ref is None or ours is None:
        assert ours is None and ref is None, f"{what}: ours {ours}, torch {ref}"
        return
    assert ours.shape == ref.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(ref.shape)}"
    assert ours.dtype == ref.dtype, f"{what}: dtype {ours.dtype} != {ref.dtype}"
    torch.testing.assert_close(ours, ref, rtol=1e-7, atol=1e-9, equal_nan=True, msg=lambda m: f"{what}: {m}")


def run(fn, args, kwargs, grad, seed, context=None):
    """fn's outputs (a tuple) or its exception, and the gradients w.r.t. the argument positions/names in `grad`."""
    args, kwargs = list(args), dict(kwargs)
    leaves = []
    for key in grad:
        holder = args if isinstance(key, int) else kwargs
        holder[key] = holder[key].detach().clone().requires_grad_()
        leaves.append(holder[key])
    with torch.random.fork_rng(devices=[]), warnings.catch_warnings(), (context or _nothing)():
        warnings.simplefilter("ignore")
        torch.manual_seed(seed)
        try:
            out = fn(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - the error itself is compared
            return ("raised", type(error), str(error)), None
    outs = out if isinstance(out, tuple) else (out,)
    total = sum((o * torch.linspace(0.5, 1.5, o.numel(), dtype=o.dtype).reshape(o.shape)).nan_to_num().sum()
                for o in outs if o is not None and o.requires_grad)
    grads = torch.autograd.grad(total, leaves, allow_unused=True) if leaves and torch.is_tensor(total) else [None] * len(leaves)
    grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, leaves)]
    return tuple(None if o is None else o.detach() for o in outs), grads


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def agree(name, case_id, args, kwargs, grad, torch_fn, torch_context=None):
    seed = zlib.crc32(case_id.encode())
    ours, ours_grads = run(piece(name), args, kwargs, grad, seed)
    ref, ref_grads = run(torch_fn, args, kwargs, grad, seed, torch_context)
    if ref[0] == "raised" or ours[0] == "raised":
        assert ours == ref, f"{name}: torch gives {ref}, ours {ours}"
        return ref
    for i, (o, r) in enumerate(zip(ours, ref)):
        assert_close(o, r, f"{name} output {i}")
    for key, o, r in zip(grad, ours_grads, ref_grads):
        assert_close(o, r, f"{name} gradient of {key}")
    return ref


# ---------------------------------------------------------------------------------------------
# scaled_dot_product_attention

SDPA_SHAPES = {  # query, key, value shapes
    "4d": ((2, 2, 3, 4), (2, 2, 5, 4), (2, 2, 5, 6)),
    "4d_L>S": ((2, 1, 5, 3), (2, 1, 3, 3), (2, 1, 3, 3)),
    "4d_L=S": ((1, 2, 4, 4), (1, 2, 4, 4), (1, 2, 4, 4)),
    "3d": ((2, 3, 4), (2, 5, 4), (2, 5, 4)),
    "2d": ((3, 4), (5, 4), (5, 2)),
    "5d": ((2, 1, 2, 3, 4), (2, 1, 2, 5, 4), (2, 1, 2, 5, 4)),
    "bcast_batch": ((2, 2, 3, 4), (1, 2, 5, 4), (1, 2, 5, 4)),
    "L1": ((2, 2, 1, 4), (2, 2, 5, 4), (2, 2, 5, 4)),
    "S1": ((2, 2, 3, 4), (2, 2, 1, 4), (2, 2, 1, 4)),
    "gqa_4_2": ((2, 4, 3, 4), (2, 2, 5, 4), (2, 2, 5, 4)),
    "gqa_4_1": ((1, 4, 5, 4), (1, 1, 3, 4), (1, 1, 3, 4)),
}
SDPA_MASKS = ("none", "bool", "bool_full_row", "bool_bcast", "float", "float_neginf", "float_full_row",
              "float32")


def sdpa_mask(g, kind, q_shape, k_shape):
    L, S = q_shape[-2], k_shape[-2]
    batch = q_shape[:-2] if len(q_shape) > 3 and q_shape[-3] != k_shape[-3] else (  # grouped-query heads
        torch.broadcast_shapes(q_shape[:-2], k_shape[:-2]))
    if kind == "none":
        return None
    if kind == "bool_bcast":  # (N, 1, 1, S)-like: one row of keys per sample
        shape = batch[:1] + (1,) * (len(batch) - 1) + (1, S)
        m = torch.rand(shape, generator=g) > 0.3
        m[..., 0] = True
        return m
    m = torch.rand(batch + (L, S), generator=g) > 0.4
    if kind == "bool":
        m[..., 0] = True  # every row sees at least one key
        return m
    if kind == "bool_full_row":
        m[..., 0, :] = False
        return m
    bias = randn(g, L, S)  # a broadcast (L, S) float mask
    if kind in ("float_neginf", "float_full_row"):
        bias = bias.masked_fill(torch.rand(L, S, generator=g) > 0.6, -math.inf)
        bias[:, 0] = 0.0
        if kind == "float_full_row":
            bias[0] = -math.inf
    return bias.float() if kind == "float32" else bias


@pytest.mark.parametrize("case", grid(
    dict(shape=tuple(k for k in SDPA_SHAPES if not k.startswith("gqa")), mask=SDPA_MASKS, causal=(False,),
         scale=(None,), dropout=(0.0,), data=("randn",)),
    dict(shape=tuple(k for k in SDPA_SHAPES if not k.startswith("gqa")), mask=("none",), causal=(True,),
         scale=(None, 0.5), dropout=(0.0,), data=("randn", "large")),
    dict(shape=("4d", "4d_L>S", "3d"), mask=("bool", "float"), causal=(True,), scale=(None,), dropout=(0.0,),
         data=("randn",)),  # torch's reference kernel refuses the combination
    dict(shape=("4d", "2d"), mask=("none", "bool_full_row", "float_neginf"), causal=(False,),
         scale=(None, 0.0, -1.0, 0.3, 5.0), dropout=(0.0,), data=("randn", "large")),
    dict(shape=("gqa_4_2", "gqa_4_1"), mask=("none", "bool", "float_full_row"), causal=(False, True),
         scale=(None,), dropout=(0.0,), data=("randn",)),
    dict(shape=("4d", "4d_L>S", "2d"), mask=("none", "bool", "bool_full_row", "float_neginf"), causal=(False,),
         scale=(None,), dropout=(0.3, 1.0), data=("randn",)),
    dict(shape=("4d",), mask=("none",), causal=(True,), scale=(None,), dropout=(0.3,), data=("randn",)),
))
def test_scaled_dot_product_attention(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    q_shape, k_shape, v_shape = SDPA_SHAPES[case["shape"]]
    scale = 10.0 if case["data"] == "large" else 1.0  # scores of hundreds: a saturated softmax
    q, k, v = randn(g, *q_shape, scale=scale), randn(g, *k_shape, scale=scale), randn(g, *v_shape)
    mask = sdpa_mask(g, case["mask"], q_shape, k_shape)
    kwargs = dict(attn_mask=mask, dropout_p=case["dropout"], is_causal=case["causal"])
    if case["scale"] is not None:
        kwargs["scale"] = case["scale"]
    if case["shape"].startswith("gqa"):
        kwargs["enable_gqa"] = True
    # is_causal with a mask: the reference (math) kernel is the one that defines the semantics
    context = (lambda: sdpa_kernel(SDPBackend.MATH)) if case["causal"] and mask is not None else None
    result = agree("scaled_dot_product_attention", case_id, [q, k, v], kwargs, grad=(0, 1, 2),
                   torch_fn=F.scaled_dot_product_attention, torch_context=context)
    assert (result[0] == "raised") == (context is not None), f"torch's result: {result}"


def test_scaled_dot_product_attention_keyword_only():
    q = torch.randn(1, 1, 2, 4, dtype=F64)
    for fn in (piece("scaled_dot_product_attention"), F.scaled_dot_product_attention):
        with pytest.raises(TypeError):
            fn(q, q, q, None, 0.0, False, 0.5)  # scale is keyword-only


def test_scaled_dot_product_attention_without_gqa_refuses_mismatched_heads():
    q, kv = torch.randn(1, 4, 2, 4, dtype=F64), torch.randn(1, 2, 3, 4, dtype=F64)
    for fn in (piece("scaled_dot_product_attention"), F.scaled_dot_product_attention):
        with pytest.raises(RuntimeError, match="must match the size"):
            fn(q, kv, kv)


# ---------------------------------------------------------------------------------------------
# multi_head_attention_forward

def mha_parameters(g, E, H, bias, bias_kv, kdim, vdim):
    """The arguments a float64 nn.MultiheadAttention would pass, every parameter drawn from g."""
    module = nn.MultiheadAttention(E, H, bias=bias, add_bias_kv=bias_kv, kdim=kdim, vdim=vdim, dtype=F64)
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(randn(g, *p.shape, scale=0.5))
    return module


def mha_call(module, add_zero_attn, dropout_p):
    """The positional arguments of F.multi_head_attention_forward after query, key, value."""
    separate = not module._qkv_same_embed_dim
    args = [module.embed_dim, module.num_heads, module.in_proj_weight, module.in_proj_bias,
            module.bias_k, module.bias_v, add_zero_attn, dropout_p, module.out_proj.weight, module.out_proj.bias]
    extra = dict(use_separate_proj_weight=True, q_proj_weight=module.q_proj_weight,
                 k_proj_weight=module.k_proj_weight, v_proj_weight=module.v_proj_weight) if separate else {}
    return args, extra


MHA_LAYOUTS = {  # E, H, L, S, N (None: unbatched), kdim, vdim, self-attention
    "self_4_2": (4, 2, 3, 3, 2, None, None, True),
    "self_4_1": (4, 1, 4, 4, 3, None, None, True),
    "cross_6_3": (6, 3, 2, 5, 2, None, None, False),
    "cross_kvdim": (4, 2, 3, 5, 2, 3, 5, False),
    "unbatched": (4, 2, 3, 4, None, None, None, False),
    "unbatched_kvdim": (4, 2, 3, 4, None, 2, 3, False),
}
KPM = ("none", "bool", "bool_full", "float")
ATTN = ("none", "2d_bool", "2d_float", "3d_bool", "3d_float", "2d_full_row", "causal_hint")


def mha_masks(g, kpm_kind, attn_kind, L, S, N, H):
    batch = 1 if N is None else N
    kpm = None
    if kpm_kind != "none":
        kpm = torch.rand(batch, S, generator=g) > 0.6
        kpm[:, 0] = False
        if kpm_kind == "bool_full":
            kpm[-1] = True  # a sample whose keys are all padding
        if kpm_kind == "float":
            kpm = torch.zeros(batch, S, dtype=F64).masked_fill(kpm, -math.inf) + randn(g, batch, S, scale=0.1)
        if N is None:
            kpm = kpm[0]
    attn, is_causal = None, False
    if attn_kind in ("2d_bool", "2d_full_row"):
        attn = torch.rand(L, S, generator=g) > 0.6
        attn[:, 0] = False
        if attn_kind == "2d_full_row":
            attn[0] = True
    elif attn_kind == "2d_float":
        attn = randn(g, L, S)
    elif attn_kind.startswith("3d"):
        attn = torch.rand(batch * H, L, S, generator=g) > 0.6
        attn[..., 0] = False
        if attn_kind == "3d_float":
            attn = torch.zeros(attn.shape, dtype=F64).masked_fill(attn, -math.inf) + randn(g, *attn.shape)
    elif attn_kind == "causal_hint":
        attn = torch.ones(L, S, dtype=torch.bool).tril().logical_not()
        attn[:, 0] = False
        is_causal = True
    return kpm, attn, is_causal


WEIGHTS = {"averaged": (True, True), "per_head": (True, False), "none": (False, True)}  # need_weights, average
EXTRAS = {"plain": (False, False), "bias_kv": (True, False), "zero_attn": (False, True), "both": (True, True)}


@pytest.mark.parametrize("case", grid(
    dict(layout=tuple(MHA_LAYOUTS), kpm=KPM, attn=ATTN, weights=("averaged", "none"), bias=(True,),
         extras=("plain",), training=(False,)),
    dict(layout=("self_4_2", "cross_kvdim", "unbatched"), kpm=("none", "bool_full"), attn=("none", "3d_bool"),
         weights=tuple(WEIGHTS), bias=(True,), extras=tuple(EXTRAS), training=(False,)),
    dict(layout=("self_4_2", "cross_kvdim", "unbatched"), kpm=("bool",), attn=("2d_float",),
         weights=tuple(WEIGHTS), bias=(False,), extras=("plain", "both"), training=(False,)),
    dict(layout=("self_4_2", "cross_6_3"), kpm=("none", "bool"), attn=("none", "2d_bool", "causal_hint"),
         weights=tuple(WEIGHTS), bias=(True,), extras=("plain", "both"), training=(True,)),
))
def test_multi_head_attention_forward(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    E, H, L, S, N, kdim, vdim, self_attention = MHA_LAYOUTS[case["layout"]]
    bias_kv, zero_attn = EXTRAS[case["extras"]]
    need_weights, average = WEIGHTS[case["weights"]]
    module = mha_parameters(g, E, H, case["bias"], bias_kv, kdim, vdim)
    batch = () if N is None else (N,)
    query = randn(g, L, *batch, E)
    key = query if self_attention else randn(g, S, *batch, kdim or E)
    value = query if self_attention else randn(g, S, *batch, vdim or E)
    kpm, attn, is_causal = mha_masks(g, case["kpm"], case["attn"], L, S, N, H)
    args, extra = mha_call(module, zero_attn, 0.4 if case["training"] else 0.0)
    kwargs = dict(extra, training=case["training"], key_padding_mask=kpm, need_weights=need_weights,
                  attn_mask=attn, average_attn_weights=average, is_causal=is_causal)
    args = [query, key, value] + args
    grad = (0, 1, 2) if not self_attention else (0,)
    grad += ("q_proj_weight", "k_proj_weight") if extra else (5,)
    agree("multi_head_attention_forward", case_id, args, kwargs, grad=grad + (11,),
          torch_fn=F.multi_head_attention_forward)


@pytest.mark.parametrize("case", grid(dict(error=("2d_shape", "3d_shape", "not_divisible", "causal_no_mask",
                                                  "embed_dim"))))
def test_multi_head_attention_forward_errors(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    E, H = (6, 4) if case["error"] == "not_divisible" else (4, 2)
    module = nn.MultiheadAttention(E, 1 if case["error"] == "not_divisible" else H, dtype=F64)
    x = randn(g, 3, 2, E)
    args, _ = mha_call(module, False, 0.0)
    args[1] = H
    if case["error"] == "embed_dim":
        args[0] = E + 1
    attn = {"2d_shape": torch.zeros(3, 4, dtype=torch.bool), "3d_shape": torch.zeros(2, 3, 3, dtype=torch.bool)}
    kwargs = dict(attn_mask=attn.get(case["error"]), is_causal=case["error"] == "causal_no_mask")
    result = agree("multi_head_attention_forward", case_id, [x, x, x] + args, kwargs, grad=(),
                   torch_fn=F.multi_head_attention_forward)
    assert result[0] == "raised", f"torch accepted {case['error']}"


@pytest.mark.parametrize("case", grid(dict(need_weights=(True, False), kpm=("none", "bool"), zero_attn=(False, True))))
def test_multi_head_attention_forward_static_kv(case, request):
    """static_k / static_v replace the projected keys and values, already split into heads."""
    case_id = request.node.callspec.id
    g = generator(case_id)
    E, H, L, S, N = 4, 2, 3, 5, 2
    module = mha_parameters(g, E, H, True, False, None, None)
    query, key = randn(g, L, N, E), randn(g, S, N, E)
    static_k, static_v = randn(g, N * H, S, E // H), randn(g, N * H, S, E // H)
    kpm = None if case["kpm"] == "none" else torch.rand(N, S, generator=g) > 0.5
    args, _ = mha_call(module, case["zero_attn"], 0.0)
    agree("multi_head_attention_forward", case_id, [query, key, key] + args,
          dict(key_padding_mask=kpm, need_weights=case["need_weights"], static_k=static_k, static_v=static_v),
          grad=(0, "static_k", "static_v"), torch_fn=F.multi_head_attention_forward)


@pytest.mark.parametrize("case", grid(dict(layout=("self_4_2", "cross_kvdim"), batch_first=(False, True),
                                           mode=("train", "eval"))))
def test_module_agrees_with_the_from_scratch_function(case, request):
    """nn.MultiheadAttention (batch_first, kdim/vdim, its eval fast path) computes multi_head_attention_forward."""
    case_id = request.node.callspec.id
    g = generator(case_id)
    E, H, L, S, N, kdim, vdim, self_attention = MHA_LAYOUTS[case["layout"]]
    module = mha_parameters(g, E, H, True, False, kdim, vdim)
    module.batch_first = case["batch_first"]
    query = randn(g, L, N, E)
    key = query if self_attention else randn(g, S, N, kdim or E)
    value = query if self_attention else randn(g, S, N, vdim or E)
    kpm = torch.rand(N, S, generator=g) > 0.6
    kpm[:, 0] = False
    args, extra = mha_call(module, False, 0.0)
    ours, ours_w = piece("multi_head_attention_forward")(query, key, value, *args, key_padding_mask=kpm, **extra)
    if case["batch_first"]:
        query, key, value = (t.transpose(0, 1) for t in (query, key, value))
        if self_attention:
            key = value = query  # the fast path needs the same tensor object
    module.train(case["mode"] == "train")
    with torch.no_grad():
        ref, ref_w = module(query, key, value, key_padding_mask=kpm)
    assert_close(ours.detach(), ref.transpose(0, 1) if case["batch_first"] else ref, "module output")
    assert_close(ours_w.detach(), ref_w, "module weights")


# ---------------------------------------------------------------------------------------------
# transformer layers against a composition of the verified pieces

def mha_block(attn, q, kv, attn_mask, key_padding_mask, is_causal):
    """The layer's attention sub-block on sequence-first tensors, as the from-scratch function."""
    return piece("multi_head_attention_forward")(
        q, kv, kv, attn.embed_dim, attn.num_heads, attn.in_proj_weight, attn.in_proj_bias, None, None, False,
        0.0, attn.out_proj.weight, attn.out_proj.bias, training=False, key_padding_mask=key_padding_mask,
        need_weights=False, attn_mask=attn_mask, is_causal=is_causal)[0]


def activation(layer, x):
    act = layer.activation
    if act is F.relu:
        return piece("relu")(x)
    if act is F.gelu:
        return piece("gelu")(x)
    return act(x)


def feed_forward(layer, x):
    linear = piece("linear")
    return linear(activation(layer, linear(x, layer.linear1.weight, layer.linear1.bias)),
                  layer.linear2.weight, layer.linear2.bias)


def norm(module, x):
    return piece("layer_norm")(x, module.normalized_shape, module.weight, module.bias, module.eps)


def encoder_layer(layer, x, src_mask=None, src_key_padding_mask=None, is_causal=False):
    """TransformerEncoderLayer composed: x + attention and x + feed-forward, each with a LayerNorm."""
    if layer.self_attn.batch_first:
        x = x.transpose(0, 1)
    sa = lambda y: mha_block(layer.self_attn, y, y, src_mask, src_key_padding_mask, is_causal)  # noqa: E731
    if layer.norm_first:
        x = x + sa(norm(layer.norm1, x))
        x = x + feed_forward(layer, norm(layer.norm2, x))
    else:
        x = norm(layer.norm1, x + sa(x))
        x = norm(layer.norm2, x + feed_forward(layer, x))
    return x.transpose(0, 1) if layer.self_attn.batch_first else x


def decoder_layer(layer, x, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                  memory_key_padding_mask=None, tgt_is_causal=False, memory_is_causal=False):
    if layer.self_attn.batch_first:
        x, memory = x.transpose(0, 1), memory.transpose(0, 1)
    sa = lambda y: mha_block(layer.self_attn, y, y, tgt_mask, tgt_key_padding_mask, tgt_is_causal)  # noqa: E731
    ca = lambda y: mha_block(layer.multihead_attn, y, memory, memory_mask, memory_key_padding_mask,  # noqa: E731
                             memory_is_causal)
    if layer.norm_first:
        x = x + sa(norm(layer.norm1, x))
        x = x + ca(norm(layer.norm2, x))
        x = x + feed_forward(layer, norm(layer.norm3, x))
    else:
        x = norm(layer.norm1, x + sa(x))
        x = norm(layer.norm2, x + ca(x))
        x = norm(layer.norm3, x + feed_forward(layer, x))
    return x.transpose(0, 1) if layer.self_attn.batch_first else x


def randomize(module, g):
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(randn(g, *p.shape, scale=0.5))
    return module


ACTIVATIONS = {"relu": "relu", "gelu": "gelu", "silu_callable": F.silu}
S_LEN, T_LEN, N_BATCH, D_MODEL, N_HEAD = 5, 4, 3, 8, 2


def layer_masks(g, kind, L, S, N):
    """(attn_mask, key_padding_mask, is_causal) of one kind; padding at the end (left-aligned sequences)."""
    lengths = torch.tensor([S, S - 2, 1])[:N]
    padding = torch.arange(S).unsqueeze(0) >= lengths.unsqueeze(1)  # True = padding
    causal = nn.Transformer.generate_square_subsequent_mask(L, dtype=F64)[:, :S] if L <= S else None
    return {"none": (None, None, False), "causal": (causal, None, False), "causal_hint": (causal, None, True),
            "padding": (None, padding, False), "both": (causal, padding, False),
            "bool_mask": (torch.rand(L, S, generator=g) > 0.7, None, False)}[kind]


def transformer_input(g, L, batch_first):
    return randn(g, N_BATCH, L, D_MODEL) if batch_first else randn(g, L, N_BATCH, D_MODEL)


def check_layer(module, composed, inputs, mode, case_id, compare=None):
    """Values and input gradients in training mode (dropout 0), values under no_grad in evaluation mode."""
    if mode == "train":
        module.train()
        leaves = [t.detach().clone().requires_grad_() for t in inputs]
        ref = module(*leaves)
        ours = composed(*leaves)
        assert_close(ours.detach(), ref.detach(), f"{case_id} value")
        up = torch.linspace(0.5, 1.5, ref.numel(), dtype=F64).reshape(ref.shape)
        for i, (o, r) in enumerate(zip(torch.autograd.grad(ours, leaves, up), torch.autograd.grad(ref, leaves, up))):
            assert_close(o, r, f"{case_id} gradient of input {i}")
    else:
        module.eval()
        with torch.no_grad():
            ref, ours = module(*inputs), composed(*inputs)
        (compare or (lambda o, r: assert_close(o, r, f"{case_id} eval value")))(ours, ref)


@pytest.mark.parametrize("case", grid(
    dict(norm_first=(False, True), activation=tuple(ACTIVATIONS), batch_first=(False, True),
         masks=("none", "causal", "padding", "both"), mode=("train", "eval"), bias=(True,)),
    dict(norm_first=(False, True), activation=("relu",), batch_first=(True,),
         masks=("causal_hint", "bool_mask"), mode=("train", "eval"), bias=(True, False)),
))
def test_transformer_encoder_layer(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    layer = randomize(nn.TransformerEncoderLayer(
        D_MODEL, N_HEAD, dim_feedforward=6, dropout=0.0, activation=ACTIVATIONS[case["activation"]],
        layer_norm_eps=1e-3, batch_first=case["batch_first"], norm_first=case["norm_first"], bias=case["bias"],
        dtype=F64), g)
    src_mask, kpm, is_causal = layer_masks(g, case["masks"], S_LEN, S_LEN, N_BATCH)
    x = transformer_input(g, S_LEN, case["batch_first"])
    forward = lambda s: layer(s, src_mask=src_mask, src_key_padding_mask=kpm, is_causal=is_causal)  # noqa: E731
    check_layer(_Call(layer, forward), lambda s: encoder_layer(layer, s, src_mask, kpm, is_causal),
                [x], case["mode"], case_id)


class _Call:
    """A module and the call that runs it: train()/eval() reach the module."""

    def __init__(self, module, forward):
        self.module, self.forward = module, forward

    def train(self, mode=True):
        self.module.train(mode)

    def eval(self):
        self.module.eval()

    def __call__(self, *inputs):
        return self.forward(*inputs)


@pytest.mark.parametrize("case", grid(
    dict(norm_first=(False, True), activation=("relu", "gelu"), batch_first=(False, True),
         tgt_masks=("none", "causal", "both", "causal_hint"), memory_masks=("none", "padding"),
         mode=("train", "eval")),
))
def test_transformer_decoder_layer(case, request):
    case_id = request.node.callspec.id
    g = generator(case_id)
    layer = randomize(nn.TransformerDecoderLayer(
        D_MODEL, N_HEAD, dim_feedforward=6, dropout=0.0, activation=case["activation"],
        batch_first=case["batch_first"], norm_first=case["norm_first"], dtype=F64), g)
    tgt_mask, tgt_kpm, tgt_causal = layer_masks(g, case["tgt_masks"], T_LEN, T_LEN, N_BATCH)
    memory_mask, memory_kpm, _ = layer_masks(g, case["memory_masks"], T_LEN, S_LEN, N_BATCH)
    tgt, memory = transformer_input(g, T_LEN, case["batch_first"]), transformer_input(g, S_LEN, case["batch_first"])
    masks = dict(tgt_mask=tgt_mask, memory_mask=memory_mask, tgt_key_padding_mask=tgt_kpm,
                 memory_key_padding_mask=memory_kpm, tgt_is_causal=tgt_causal)
    check_layer(_Call(layer, lambda t, m: layer(t, m, **masks)), lambda t, m: decoder_layer(layer, t, m, **masks),
                [tgt, memory], case["mode"], case_id)


def stack(layers, final_norm, run_layer):
    def composed(x, *rest):
        for layer in layers:
            x = run_layer(layer, x, *rest)
        if final_norm is not None:
            x = norm(final_norm, x)
        return x
    return composed


@pytest.mark.parametrize("case", grid(
    dict(batch_first=(False, True), masks=("none", "causal", "padding", "both"), final_norm=(False, True),
         nested=(True, False), mode=("train", "eval")),
))
def test_transformer_encoder(case, request):
    """TransformerEncoder: two layers and an optional final LayerNorm; its nested-tensor path in evaluation."""
    case_id = request.node.callspec.id
    g = generator(case_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # enable_nested_tensor with batch_first=False warns
        layer = nn.TransformerEncoderLayer(D_MODEL, N_HEAD, dim_feedforward=6, dropout=0.0,
                                           batch_first=case["batch_first"], dtype=F64)
        encoder = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(D_MODEL, dtype=F64) if case["final_norm"] else None,
                                        enable_nested_tensor=case["nested"])
    randomize(encoder, g)
    mask, kpm, _ = layer_masks(g, case["masks"], S_LEN, S_LEN, N_BATCH)
    x = transformer_input(g, S_LEN, case["batch_first"])
    composed = stack(encoder.layers, encoder.norm, lambda lyr, s: encoder_layer(lyr, s, mask, kpm))
    nested_path = (case["mode"] == "eval" and case["nested"] and case["batch_first"] and kpm is not None
                   and mask is None)

    def compare(ours, ref):
        if nested_path:  # padded positions come back as zeros (then the final norm, if any, runs on them)
            pad = kpm if case["batch_first"] else kpm.T
            zero = norm(encoder.norm, torch.zeros(D_MODEL, dtype=F64)) if encoder.norm is not None else 0.0
            assert_close(ref[pad], torch.zeros_like(ref[pad]) + zero, f"{case_id} padded positions")
            ours, ref = ours[~pad], ref[~pad]
        assert_close(ours, ref, f"{case_id} eval value")

    check_layer(_Call(encoder, lambda s: encoder(s, mask=mask, src_key_padding_mask=kpm)), composed, [x],
                case["mode"], case_id, compare=compare)


@pytest.mark.parametrize("case", grid(dict(batch_first=(False, True), norm_first=(False, True),
                                           mode=("train", "eval"))))
def test_transformer(case, request):
    """nn.Transformer: encoder (+ final LayerNorm) and decoder (+ final LayerNorm) with all six masks."""
    case_id = request.node.callspec.id
    g = generator(case_id)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = randomize(nn.Transformer(D_MODEL, N_HEAD, num_encoder_layers=2, num_decoder_layers=2,
                                         dim_feedforward=6, dropout=0.0, batch_first=case["batch_first"],
                                         norm_first=case["norm_first"], dtype=F64), g)
    src, tgt = transformer_input(g, S_LEN, case["batch_first"]), transformer_input(g, T_LEN, case["batch_first"])
    _, src_kpm, _ = layer_masks(g, "padding", S_LEN, S_LEN, N_BATCH)
    tgt_mask = nn.Transformer.generate_square_subsequent_mask(T_LEN, dtype=F64)
    masks = dict(tgt_mask=tgt_mask, src_key_padding_mask=src_kpm, memory_key_padding_mask=src_kpm)

    def composed(s, t):
        memory = stack(model.encoder.layers, model.encoder.norm,
                       lambda lyr, x: encoder_layer(lyr, x, None, src_kpm))(s)
        return stack(model.decoder.layers, model.decoder.norm,
                     lambda lyr, x: decoder_layer(lyr, x, memory, tgt_mask, None, None, src_kpm))(t)

    check_layer(_Call(model, lambda s, t: model(s, t, **masks)), composed, [src, tgt], case["mode"], case_id)
