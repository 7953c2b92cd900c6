import torch
import torch.nn.functional as F


def bilinear(input1, input2, weight, bias=None):
    # the same checks, in the same order, as PyTorch
    if input1.dim() != input2.dim():
        raise RuntimeError(f"bilinear(): input dimensions do not match: got {input1.dim()} and {input2.dim()}")
    for d in range(input1.dim() - 1):
        if input1.shape[d] != input2.shape[d]:
            raise RuntimeError(
                f"bilinear(): input batch dimensions do not match at dim {d}: "
                f"got {input1.shape[d]} and {input2.shape[d]}"
            )
    if input1.dim() == 0:
        raise IndexError("Dimension specified as -1 but tensor has no dimensions")
    if input1.shape[-1] != weight.shape[1]:
        raise RuntimeError("bilinear(): input1 size does not match weight size: "
                           f"got {input1.shape[-1]} but expected {weight.shape[1]}")
    if input2.shape[-1] != weight.shape[2]:
        raise RuntimeError("bilinear(): input2 size does not match weight size: "
                           f"got {input2.shape[-1]} but expected {weight.shape[2]}")
    if bias is not None and bias.shape[0] != weight.shape[0]:
        raise RuntimeError("bilinear(): bias size does not match weight size: "
                           f"got {bias.shape[0]} but expected {weight.shape[0]}")
    # first x1^T A_k for every output k: (..., out, in2)
    left = (input1[..., None, :, None] * weight).sum(-2)
    # then the dot product with x2: (..., out)
    output = (left * input2[..., None, :]).sum(-1)
    if bias is not None:
        output = output + bias
    return output


def agrees(input1, input2, weight, bias=None):
    """Same value and same gradients (both inputs, weight, bias) as torch.nn.functional.bilinear."""
    tensors = [t for t in (input1, input2, weight, bias) if t is not None]
    ours = [t.clone().requires_grad_() for t in tensors]
    ref = [t.clone().requires_grad_() for t in tensors]
    out_ours, out_ref = bilinear(*ours), F.bilinear(*ref)
    upstream = torch.linspace(0.5, 1.5, out_ref.numel(), dtype=out_ref.dtype).reshape(out_ref.shape)
    out_ours.backward(upstream)
    out_ref.backward(upstream)
    same = out_ours.shape == out_ref.shape and torch.allclose(out_ours, out_ref, equal_nan=True)
    return same and all(torch.allclose(o.grad, r.grad, equal_nan=True) for o, r in zip(ours, ref))


torch.manual_seed(0)
A, b = torch.randn(4, 2, 3, dtype=torch.float64), torch.randn(4, dtype=torch.float64)
x1, x2 = torch.randn(5, 2, dtype=torch.float64), torch.randn(5, 3, dtype=torch.float64)
print(agrees(x1, x2, A, b), agrees(x1, x2, A))
#> True True
# a single sample, more leading dimensions, an empty batch
print(agrees(x1[0], x2[0], A, b), agrees(x1.reshape(5, 1, 2), x2.reshape(5, 1, 3), A, b),
      agrees(x1[:0], x2[:0], A, b))
#> True True True
x1[0, 0], x2[1, 2] = float("nan"), float("inf")
print(agrees(x1, x2, A, b))
#> True
