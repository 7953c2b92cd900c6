"""The from-scratch silu, elu, celu, selu and glu agree with torch.nn.functional over a float64 grid.

Each snippets/activations/<name>/from_scratch.py defines `<name>` with the signature of
torch.nn.functional.<name>. Every case below runs both on the same float64 input and checks

* the value: shape, dtype and numbers (nan exactly where torch gives nan, infinities equal);
* the gradient with respect to the input, by autograd, fed an uneven upstream gradient so that each
  element counts on its own: nan exactly where torch's is nan, equal elsewhere (infinities included),
  within torch.testing's float64 tolerance. Two torch artefacts, each proven by its own test below,
  are allowed for and no more: the ELU family's CPU gradient at a nan input (nan or the slope,
  depending on the element's position), and the rounding of torch's own CELU and GLU-gate
  gradients (CELU rounds 1/alpha through float32; GLU computes 1 - sigmoid(b) by cancellation);
* with inplace=True (on a non-leaf tensor, as torch requires): the function returns the very tensor
  it was given, now holding the result, and the gradient still reaches the leaf;
* the errors torch raises (same exception type and message): CELU's alpha=0, the refused backward
  of in-place ELU/CELU with a negative alpha, GLU's odd halving dimension, 0-d input and bad dim.

The grid: every parameter over several values (alpha positive, small, large, zero and negative),
crossed with every kind of data: continuous ('randn'), kinks hit exactly ('ties'), a wide range
('wide'), huge magnitudes that overflow a naive exp ('huge'), nan and +-inf ('special'); shapes
0-d, 1-d, higher-dimensional and empty. Random inputs come from a torch.Generator seeded per case.
The functions have no `dtype` argument and no training mode, so there is nothing of that to vary.
"""

import functools
import itertools
import math
import zlib

import pytest
import torch
import torch.nn.functional as F

from conftest import ROOT
from from_scratch_loader import load

F64 = torch.float64
INF, NAN = math.inf, math.nan
SPECIAL = (-INF, -1e300, -1000.0, -30.0, -1.0, -1e-300, -0.0, 0.0, 1e-300, 1.0, 30.0, 1000.0, 1e300, INF, NAN)


@functools.cache
def from_scratch(name):
    """The function `name` of snippets/activations/<name>/from_scratch.py, loaded without its prints."""
    return load("activations", name)


def generator(key):
    return torch.Generator().manual_seed(zlib.crc32(key.encode()))


def data(kind, shape, key):
    """A float64 tensor of `shape`, of one kind of data (seeded by `key`)."""
    n = math.prod(shape)
    if kind == "randn":
        flat = 3 * torch.randn(n, generator=generator(key), dtype=F64)
    elif kind == "ties":  # dyadic values, 0 and -0 included: the kink at 0 is hit exactly
        flat = torch.tensor([(i % 17 - 8) / 4 for i in range(n)], dtype=F64)
        if n > 1:
            flat[1] = -0.0
    elif kind == "wide":
        flat = torch.linspace(-60, 60, n, dtype=F64) if n > 1 else torch.full((n,), -7.5, dtype=F64)
    elif kind == "huge":  # exp(+-x) overflows float64 for |x| > 709
        flat = torch.tensor([(-1) ** i * 10.0 ** (2 + i % 299) for i in range(n)], dtype=F64)
    elif kind == "special":
        flat = torch.tensor([SPECIAL[i % len(SPECIAL)] for i in range(n)], dtype=F64)
    else:
        raise ValueError(kind)
    return flat.reshape(shape)


def upstream(out):
    """The gradient fed into backward: uneven, so that every element counts on its own."""
    return torch.linspace(0.5, 1.5, out.numel(), dtype=out.dtype).reshape(out.shape)


def run(fn, x, inplace, **kwargs):
    """fn's output and the gradient that reaches the leaf (through a non-leaf copy when in place)."""
    leaf = x.detach().clone().requires_grad_()
    given = leaf * 1 if inplace else leaf
    if inplace:
        kwargs["inplace"] = True
    out = fn(given, **kwargs)
    if inplace:
        assert out is given, "inplace=True must return the tensor it was given"
    (grad,) = torch.autograd.grad(out, leaf, upstream(out), materialize_grads=True)
    return out.detach(), grad


# torch's CPU kernel for the ELU family (elu, celu, selu) gives the gradient at a nan input as nan in
# its vectorized loop but as the linear slope (1, or SELU's scale) in the scalar loop that finishes the
# tensor, so which one an element gets depends on its position (see the ELU page, Pitfalls). Ours gives
# the slope, as the scalar loop and CUDA do. There, and only there, torch's nan is not compared.
ELU_FAMILY = ("elu", "celu", "selu")


def check(name, x, inplace=False, **kwargs):
    ours, ours_grad = run(from_scratch(name), x, inplace, **kwargs)
    ref, ref_grad = run(getattr(F, name), x, inplace, **kwargs)
    assert ours.shape == ref.shape and ours.dtype == ref.dtype
    torch.testing.assert_close(ours, ref, equal_nan=True, msg=lambda m: f"value:\n{m}")
    rtol = torch.full_like(x, 1e-7)  # torch.testing's float64 default, per element
    if name == "celu":
        rtol += celu_backward_gap(x, kwargs["alpha"])
    if name == "glu":
        rtol += glu_backward_gap(x, kwargs.get("dim", -1))
    if name in ELU_FAMILY:
        vectorized_nan = x.isnan() & ref_grad.isnan()
        assert not ours_grad[x.isnan()].isnan().any(), "the gradient at a nan input is the linear slope"
        ours_grad, ref_grad, rtol = ours_grad[~vectorized_nan], ref_grad[~vectorized_nan], rtol[~vectorized_nan]
    assert_gradient_close(ours_grad, ref_grad, rtol)


def assert_gradient_close(ours, ref, rtol, atol=1e-7):
    """nan at the same places, infinities equal, |ours - ref| <= atol + rtol * |ref| elsewhere."""
    assert torch.equal(ours.isnan(), ref.isnan()), f"gradient: nan differs\nours {ours}\ntorch {ref}"
    infinite = ours.isinf() | ref.isinf()
    assert torch.equal(ours[infinite], ref[infinite]), f"gradient: infinities differ\nours {ours}\ntorch {ref}"
    finite = ours.isfinite() & ref.isfinite()
    gap = (ours - ref)[finite].abs() - (atol + rtol[finite] * ref[finite].abs())
    assert not (gap > 0).any(), f"gradient differs\nours {ours}\ntorch {ref}"


EPS = torch.finfo(F64).eps

# Where torch's gradient is computed less accurately than ours, the tolerance widens by a bound on
# torch's own rounding error, proven by the two test_torch_*_backward_* tests below.


def float32(value):
    return torch.tensor(value, dtype=torch.float32).item()


def celu_backward_gap(x, alpha):
    """A bound on the relative gap between torch's CELU gradient and the exact one, exp(x / alpha).

    torch's forward uses 1 / alpha in double precision, its backward 1 / float32(alpha): it returns
    alpha * s * exp(x * s) with s = 1 / float32(alpha). Ours is the exact derivative. The gap is
    |x (s - 1/alpha)| + |alpha s - 1| to first order (twice that as a margin), where x <= 0 is finite;
    it is 0 when alpha is a float32 number (1, 0.5, 2, 10, -1).
    """
    s = 1 / float32(alpha)
    size = x.abs() * abs(s - 1 / alpha) + abs(alpha * s - 1)
    return torch.where(x.isfinite() & (x <= 0), 2 * size, 0.0)


def glu_backward_gap(x, dim):
    """A bound on the relative gap between torch's GLU gate gradient and the exact one.

    torch's gradient w.r.t. the gate b is a * s * (1 - s) with s = sigmoid(b) rounded first, so
    1 - s loses digits to cancellation for b > 0: a relative error up to about eps / 2 * (1 + exp(b)).
    Ours, by autograd through 1 / (1 + exp(-b)), is exp(-b) / (1 + exp(-b))^2 without cancellation.
    The bound (4 eps (1 + exp(b)), 0 where b is not finite) applies to the gate half only.
    """
    if x.numel() == 0:
        return torch.zeros_like(x)
    half = x.size(dim) // 2
    b = x.narrow(dim, half, half)
    gate = torch.where(b.isfinite(), 4 * EPS * (1 + torch.exp(b.clamp(max=700))), 0.0)
    return torch.cat([torch.zeros_like(gate), gate], dim)


def same_error(ours, ref):
    """Both callables raise the same exception type with the same message."""
    errors = []
    for fn in (ours, ref):
        with pytest.raises(Exception) as info:
            fn()
        errors.append((type(info.value), str(info.value)))
    assert errors[0] == errors[1]


SHAPES = {"0d": (), "1d": (15,), "3d": (2, 3, 5), "4d": (2, 1, 3, 5), "empty": (0,), "empty-3d": (2, 0, 3)}
KINDS = ("randn", "ties", "wide", "huge", "special")
INPLACE = {"out-of-place": False, "inplace": True}


def grid(*dims):
    """One pytest.param per combination of dims (each a dict id -> value, or a tuple of ids)."""
    dims = [d if isinstance(d, dict) else {k: k for k in d} for d in dims]
    return [pytest.param(*values, id="-".join(ids))
            for combination in itertools.product(*(d.items() for d in dims))
            for ids, values in [zip(*combination)]]


# ---------------------------------------------------------------------------------------------
# silu and selu: no parameter besides inplace


def check_every_shape(name, kind, inplace, key, **kwargs):
    """check() on every shape in SHAPES (one pytest case per parameter combination: faster)."""
    for sid, shape in SHAPES.items():
        try:
            check(name, data(kind, shape, f"{key}-{sid}"), inplace, **kwargs)
        except AssertionError as error:
            raise AssertionError(f"shape {sid} {shape}: {error}") from None


@pytest.mark.parametrize("name", ["silu", "selu"])
@pytest.mark.parametrize("kind,inplace", grid(KINDS, INPLACE))
def test_silu_selu(name, kind, inplace, request):
    check_every_shape(name, kind, inplace, request.node.name)


# ---------------------------------------------------------------------------------------------
# elu and celu: alpha, inplace

ELU_ALPHAS = {"a=1": 1.0, "a=0.5": 0.5, "a=2": 2.0, "a=1e-3": 1e-3, "a=10": 10.0, "a=0": 0.0, "a=-1": -1.0,
              "a=-0.3": -0.3}
CELU_ALPHAS = {k: v for k, v in ELU_ALPHAS.items() if v != 0}


def refused(alpha, inplace):
    """In-place ELU/CELU with a negative alpha: torch computes the value but refuses the backward."""
    return inplace and alpha < 0


@pytest.mark.parametrize("kind,alpha,inplace",
                         [p for p in grid(KINDS, ELU_ALPHAS, INPLACE) if not refused(*p.values[1:])])
def test_elu(kind, alpha, inplace, request):
    check_every_shape("elu", kind, inplace, request.node.name, alpha=alpha)


@pytest.mark.parametrize("kind,alpha,inplace",
                         [p for p in grid(KINDS, CELU_ALPHAS, INPLACE) if not refused(*p.values[1:])])
def test_celu(kind, alpha, inplace, request):
    check_every_shape("celu", kind, inplace, request.node.name, alpha=alpha)


@pytest.mark.parametrize("alpha", [0.1, 0.3, -0.3, 0.7, 1e-3, 10.0, 0.5])
def test_torch_celu_backward_rounds_alpha_through_float32(alpha):
    """Why test_celu allows celu_backward_gap: torch's gradient is that of 1 / float32(alpha), ours exact."""
    x = -abs(alpha) * torch.tensor([4.0, 2.0, 0.5, 0.01], dtype=F64)
    ours = run(from_scratch("celu"), x, False, alpha=alpha)[1] / upstream(x)
    ref = run(F.celu, x, False, alpha=alpha)[1] / upstream(x)
    exact = torch.exp(x / alpha)
    s = 1 / float32(alpha)
    torch.testing.assert_close(ref, alpha * s * torch.exp(x * s), rtol=1e-13, atol=0)
    torch.testing.assert_close(ours, exact, rtol=1e-12, atol=0)
    gap = ((ref - exact) / exact).abs().max().item()
    assert (gap > 1e-9) == (float32(alpha) != alpha), gap


@pytest.mark.parametrize("name", ["elu", "celu"])
@pytest.mark.parametrize("alpha", [-1.0, -0.3])
def test_inplace_negative_alpha_refuses_backward(name, alpha):
    x = data("randn", (2, 5), f"{name}{alpha}")
    outputs = []
    for fn in (from_scratch(name), getattr(F, name)):
        leaf = x.clone().requires_grad_()
        given = leaf * 1
        out = fn(given, alpha=alpha, inplace=True)
        assert out is given
        outputs.append(out.detach())
    # the forward pass is fine and gives the out-of-place value
    torch.testing.assert_close(outputs[0], outputs[1])
    torch.testing.assert_close(outputs[1], getattr(F, name)(x, alpha=alpha))

    def backward(fn):
        leaf = x.clone().requires_grad_()
        return lambda: fn(leaf * 1, alpha=alpha, inplace=True).sum().backward()

    same_error(backward(from_scratch(name)), backward(getattr(F, name)))


@pytest.mark.parametrize("inplace", INPLACE.values(), ids=INPLACE.keys())
def test_celu_alpha_zero_raises(inplace):
    x = data("randn", (4,), "celu0")
    same_error(lambda: from_scratch("celu")(x.clone(), alpha=0.0, inplace=inplace),
               lambda: F.celu(x.clone(), alpha=0.0, inplace=inplace))


@pytest.mark.parametrize("name,kwargs", [("silu", {}), ("selu", {}), ("elu", {"alpha": 0.5}),
                                         ("celu", {"alpha": 2.0})])
def test_inplace_on_leaf_raises(name, kwargs):
    """torch refuses to overwrite a leaf that requires grad; so does the copy_ of ours."""
    x = data("randn", (4,), name)
    same_error(lambda: from_scratch(name)(x.clone().requires_grad_(), inplace=True, **kwargs),
               lambda: getattr(F, name)(x.clone().requires_grad_(), inplace=True, **kwargs))


@pytest.mark.parametrize("name,kwargs", [("silu", {}), ("selu", {}), ("elu", {"alpha": -1.0}),
                                         ("celu", {"alpha": -0.5})])
def test_inplace_without_grad(name, kwargs):
    """Without autograd the input tensor simply holds the result afterwards."""
    x = data("special", (3, 5), name)
    ours, ref = x.clone(), x.clone()
    assert from_scratch(name)(ours, inplace=True, **kwargs) is ours
    assert getattr(F, name)(ref, inplace=True, **kwargs) is ref
    torch.testing.assert_close(ours, ref, equal_nan=True)


# ---------------------------------------------------------------------------------------------
# glu: dim

GLU_SHAPES = {"1d": (6,), "2d": (4, 6), "3d": (2, 4, 6), "4d": (2, 2, 4, 2)}


def glu_dims(shape):
    """Every dimension of even size, by positive and by negative index."""
    return [d for d in range(-len(shape), len(shape)) if shape[d] % 2 == 0]


GLU_GRID = [pytest.param(shape, kind, dim, id=f"{sid}-{kind}-dim={dim}")
            for (sid, shape), kind in itertools.product(GLU_SHAPES.items(), KINDS) for dim in glu_dims(shape)]


@pytest.mark.parametrize("shape,kind,dim", GLU_GRID)
def test_glu(shape, kind, dim, request):
    check("glu", data(kind, shape, request.node.name), dim=dim)


def test_glu_default_dim():
    x = data("randn", (3, 4), "glu-default")
    check("glu", x)


def test_torch_glu_backward_cancels_for_open_gates():
    """Why test_glu allows glu_backward_gap: torch's gate gradient is a * s * (1 - s), ours exact."""
    b = torch.tensor([-30.0, -5.0, 0.0, 5.0, 20.0, 30.0], dtype=F64)
    x = torch.cat([torch.ones_like(b), b])
    ours = run(from_scratch("glu"), x, False)[1][b.numel():] / upstream(b)
    ref = run(F.glu, x, False)[1][b.numel():] / upstream(b)
    s = 1 / (1 + torch.exp(-b))
    torch.testing.assert_close(ref, s * (1 - s), rtol=1e-15, atol=0)
    torch.testing.assert_close(ours, torch.exp(-b) / (1 + torch.exp(-b)) ** 2, rtol=1e-14, atol=0)
    gap = ((ref - ours) / ours).abs()
    assert gap[-1] > 1e-4 and (gap <= 4 * EPS * (1 + torch.exp(b))).all(), gap


@pytest.mark.parametrize("dim", [-1, 0, 1])
def test_glu_every_pair_of_special_values(dim):
    """a and b each run over nan, +-inf, huge, tiny, signed zeros: every combination once."""
    a, b = (v.reshape(-1) for v in torch.meshgrid(torch.tensor(SPECIAL, dtype=F64),
                                                   torch.tensor(SPECIAL, dtype=F64), indexing="ij"))
    pairs = torch.cat([a, b])  # first half a, second half b
    if dim == -1:
        x = pairs
    elif dim == 0:  # shape (2N, 2): halves along dim 0; the second column holds the pairs reversed
        x = torch.stack([pairs, pairs.flip(0)], dim=1)
    else:  # shape (2, 2N)
        x = torch.stack([pairs, pairs.flip(0)])
    check("glu", x, dim=dim)


@pytest.mark.parametrize("shape,dim", [((0,), 0), ((3, 0), 1), ((0, 4), 1), ((2, 0, 6), -1), ((4, 0), 0)])
def test_glu_empty(shape, dim):
    check("glu", torch.empty(shape, dtype=F64), dim=dim)


@pytest.mark.parametrize("shape,dim", [((), -1), ((), 0), ((3,), 0), ((2, 5), -1), ((2, 5), 1), ((3, 4), 0),
                                       ((2, 4), 2), ((2, 4), -3), ((0, 3), 1)],
                         ids=["0d", "0d-dim0", "odd", "odd-last", "odd-dim1", "odd-dim0", "dim2", "dim-3",
                              "empty-odd"])
def test_glu_errors(shape, dim):
    x = data("randn", shape, f"glu-error{shape}")
    same_error(lambda: from_scratch("glu")(x, dim=dim), lambda: F.glu(x, dim=dim))
