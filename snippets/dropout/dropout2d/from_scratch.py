# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import warnings

import torch
import torch.nn.functional as F


def feature_dropout(input, p, training, inplace):
    """Channel dropout on (N, C, ...): one keep-or-drop draw per (sample, channel)."""
    if p == 0 or not training or input.numel() == 0:
        return input  # the very same tensor
    if p == 1:  # multiply by 0, as F.dropout does
        zero = input.new_zeros(())
        return input.mul_(zero) if inplace else input * zero
    if input.dim() < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    # the mask has shape (N, C, 1, ..., 1) and broadcasts over the whole feature map
    mask = input.new_empty(input.shape[:2] + (1,) * (input.dim() - 2)).bernoulli_(1 - p)
    mask.div_(1 - p)
    return input.mul_(mask) if inplace else input * mask


def with_batch_dim(input, batched, p, training, inplace):
    """feature_dropout on an input that may lack its batch dimension: add it, then remove it."""
    if batched:
        return feature_dropout(input, p, training, inplace)
    input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    output = feature_dropout(input, p, training, inplace)
    return output.squeeze_(0) if inplace else output.squeeze(0)


def check_p(p):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")


def rank_warning(name, dim, spatial):
    """The deprecation warning of dropout2d / dropout3d for an input of the wrong rank."""
    warnings.warn(
        f"{name}: Received a {dim}-D input to {name}, which is deprecated "
        "and will result in an error in a future release. To retain the behavior "
        f"and silence this warning, please use dropout instead. Note that {name} "
        f"exists to provide channel-wise dropout on inputs with {spatial} spatial dimensions, "
        f"a channel dimension, and an optional batch dimension (i.e. {spatial + 1}D or {spatial + 2}D inputs).",
        stacklevel=3,
    )


def dropout1d(input, p=0.5, training=True, inplace=False):
    check_p(p)
    if input.dim() not in (2, 3):  # (C, L) or (N, C, L); anything else is an error
        raise RuntimeError(
            f"dropout1d: Expected 2D or 3D input, but received a {input.dim()}D input. "
            "Note that dropout1d exists to provide channel-wise dropout on inputs with 1 "
            "spatial dimension, a channel dimension, and an optional batch dimension "
            "(i.e. 2D or 3D inputs)."
        )
    return with_batch_dim(input, input.dim() == 3, p, training, inplace)


def dropout2d(input, p=0.5, training=True, inplace=False):
    check_p(p)
    if input.dim() not in (3, 4):
        rank_warning("dropout2d", input.dim(), 2)
    if input.dim() == 3:  # read as (N, C, L), not as an unbatched (C, H, W)
        warnings.warn(
            "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
            "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
            "is the channel dim. This behavior will change in a future release to interpret the "
            "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
            "channel-wise dropout behavior, please switch to using dropout1d instead.",
            stacklevel=2,
        )
    return feature_dropout(input, p, training, inplace)  # dimension 0 is always the batch


def dropout3d(input, p=0.5, training=True, inplace=False):
    check_p(p)
    if input.dim() not in (4, 5):
        rank_warning("dropout3d", input.dim(), 3)
    return with_batch_dim(input, input.dim() == 5, p, training, inplace)  # 4-D is (C, D, H, W)


# The example of the page: 2 samples, 3 channels of 2x2; the same seed gives the same mask.
x = torch.ones(2, 3, 2, 2, requires_grad=True)
torch.manual_seed(0)
mine = dropout2d(x, p=0.5)
torch.manual_seed(0)
theirs = F.dropout2d(x, p=0.5)
print(mine.detach().flatten(2), theirs.detach().flatten(2), sep="\n")
#> tensor([[[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [2., 2., 2., 2.]],
#>
#>         [[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [0., 0., 0., 0.]]])
#> tensor([[[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [2., 2., 2., 2.]],
#>
#>         [[0., 0., 0., 0.],
#>          [0., 0., 0., 0.],
#>          [0., 0., 0., 0.]]])

# dropout1d on an unbatched (C, L) = (4, 3): each row is one channel, kept (x2) or dropped whole.
z = torch.ones(4, 3)
torch.manual_seed(3)
mine = dropout1d(z)
torch.manual_seed(3)
print(mine, F.dropout1d(z), sep="\n")
#> tensor([[2., 2., 2.],
#>         [2., 2., 2.],
#>         [0., 0., 0.],
#>         [2., 2., 2.]])
#> tensor([[2., 2., 2.],
#>         [2., 2., 2.],
#>         [0., 0., 0.],
#>         [2., 2., 2.]])
# dropout3d on an unbatched (C, D, H, W) = (4, 2, 2, 2): the first value of each channel, ours and torch's.
v = torch.ones(4, 2, 2, 2)
torch.manual_seed(3)
mine = dropout3d(v)
torch.manual_seed(3)
print(mine[:, 0, 0, 0], F.dropout3d(v)[:, 0, 0, 0])
#> tensor([2., 2., 0., 2.]) tensor([2., 2., 0., 2.])
