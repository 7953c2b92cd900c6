import warnings

import torch
import torch.nn.functional as F
from torch.nn import LinearCrossEntropyOptions

torch.manual_seed(0)
x = torch.randn(6, 4)
W = torch.randn(5, 4)
target = torch.tensor([1, 0, 4, 2, 2, 3])


def loss_and_grads(**kwargs):
    xi, Wi = x.clone().requires_grad_(), W.clone().requires_grad_()
    loss = F.linear_cross_entropy(xi, Wi, target, **kwargs)
    loss.backward()
    return loss, xi.grad, Wi.grad


# options=None (the default) is the reference path: full logits, then cross_entropy,
# silently: no warning says that nothing is chunked.
with warnings.catch_warnings(record=True) as quiet:
    warnings.simplefilter("always")
    reference = loss_and_grads()
print(type(reference[0].grad_fn).__name__, len(quiet))
#> NllLossBackward0 0
# Any LinearCrossEntropyOptions switches to the chunked custom op: 2 rows at a time here.
chunked = loss_and_grads(options=LinearCrossEntropyOptions(batch_chunk_size=2))
print(type(chunked[0].grad_fn).__name__)
#> GeneratedBackwardFor_torch_nn__linear_cross_entropy_batch_chunked_defaultBackward
print([torch.allclose(a, b, atol=1e-6) for a, b in zip(reference, chunked)])
#> [True, True, True]

# label_smoothing (or float targets, non-int64 targets, out_features) is not chunked:
# the options are dropped with a warning and the full logits are built after all.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    smoothed = F.linear_cross_entropy(x.clone().requires_grad_(), W, target, label_smoothing=0.1,
                                      options=LinearCrossEntropyOptions())
print(type(smoothed.grad_fn).__name__)
#> AddBackward0
print(str(caught[0].message).split(". Got")[0])
#> linear_cross_entropy: ``options`` ignored; chunked path needs reduction in {'mean','sum','none'}, label_smoothing == 0, target.dtype == int64, out_features == ()
