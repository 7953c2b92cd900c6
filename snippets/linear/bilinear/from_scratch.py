import torch
import torch.nn.functional as F


def bilinear(input1, input2, weight, bias=None):
    # No broadcasting: the same number of dimensions and the same leading sizes (PyTorch's checks, in order).
    if input1.dim() != input2.dim():
        raise RuntimeError(f"bilinear(): input dimensions do not match: got {input1.dim()} and {input2.dim()}")
    for d in range(input1.dim() - 1):
        if input1.shape[d] != input2.shape[d]:
            raise RuntimeError(f"bilinear(): input batch dimensions do not match at dim {d}: "
                               f"got {input1.shape[d]} and {input2.shape[d]}")
    if input1.dim() == 0:
        raise IndexError("Dimension specified as -1 but tensor has no dimensions")
    for name, size, expected in (("input1", input1.shape[-1], weight.shape[1]),
                                 ("input2", input2.shape[-1], weight.shape[2])):
        if size != expected:
            raise RuntimeError(f"bilinear(): {name} size does not match weight size: "
                               f"got {size} but expected {expected}")
    if bias is not None and bias.shape[0] != weight.shape[0]:
        raise RuntimeError("bilinear(): bias size does not match weight size: "
                           f"got {bias.shape[0]} but expected {weight.shape[0]}")
    # x1^T A_k for every output k: sum over i of x1[..., i] * A[k, i, j] -> (..., out, in2)
    left = (input1[..., None, :, None] * weight).sum(-2)
    # then the dot product with x2: sum over j -> (..., out)
    output = (left * input2[..., None, :]).sum(-1)
    if bias is not None:
        output = output + bias
    return output


# The example of the page: one output feature, in1 = 2, in2 = 3.
A = torch.tensor([[[1.0, 0.0, 2.0], [0.0, -1.0, 1.0]]])
b = torch.tensor([0.5])
x1 = torch.tensor([[1.0, 2.0], [0.0, 1.0]], requires_grad=True)
x2 = torch.tensor([[3.0, 1.0, -1.0], [1.0, 1.0, 1.0]])
print(bilinear(x1, x2, A, b).flatten().detach(), F.bilinear(x1, x2, A, b).flatten().detach())
#> tensor([-2.5000,  0.5000]) tensor([-2.5000,  0.5000])

# dy/dx1 = A x2 for each sample, from both.
mine, = torch.autograd.grad(bilinear(x1, x2, A, b).sum(), x1)
theirs, = torch.autograd.grad(F.bilinear(x1, x2, A, b).sum(), x1)
print(mine, theirs, sep="\n")
#> tensor([[ 1., -2.],
#>         [ 3.,  0.]])
#> tensor([[ 1., -2.],
#>         [ 3.,  0.]])
