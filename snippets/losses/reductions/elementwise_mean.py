import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.2, 0.7, 0.4],
                  [0.9, 0.3, 0.6]])
y = torch.tensor([[0.0, 1.0, 1.0],
                  [1.0, 0.0, 0.0]])

# The losses whose default an old signature lists as 'elementwise_mean' now default to 'mean'.
for cls in (nn.MultiLabelMarginLoss, nn.SmoothL1Loss, nn.SoftMarginLoss, nn.MultiLabelSoftMarginLoss,
            nn.CosineEmbeddingLoss, nn.MultiMarginLoss, nn.TripletMarginLoss):
    print(cls.__name__, repr(cls().reduction))
    #> MultiLabelMarginLoss 'mean'
    #> SmoothL1Loss 'mean'
    #> SoftMarginLoss 'mean'
    #> MultiLabelSoftMarginLoss 'mean'
    #> CosineEmbeddingLoss 'mean'
    #> MultiMarginLoss 'mean'
    #> TripletMarginLoss 'mean'

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = F.mse_loss(x, y, reduction="elementwise_mean")
print(old, F.mse_loss(x, y, reduction="mean"))
#> tensor(0.1583) tensor(0.1583)
print(caught[0].category.__name__, caught[0].message)
#> UserWarning reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.

# A module accepts the string silently and warns on every call.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss_fn = nn.CrossEntropyLoss(reduction="elementwise_mean")
    built = len(caught)
    loss_fn(x, torch.tensor([1, 0]))
    loss_fn(x, torch.tensor([1, 0]))
print(built, len(caught))
#> 0 2

# KLDivLoss: 'elementwise_mean' is the per-element 'mean', without the KL-specific warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    kl = F.kl_div(x.log(), y, reduction="elementwise_mean")
print(kl, F.kl_div(x.log(), y, reduction="sum") / 6, len(caught))
#> tensor(0.2297) tensor(0.2297) 1

# Losses that check the string themselves reject it.
rejected = {
    "multilabel_soft_margin_loss": lambda: F.multilabel_soft_margin_loss(x, y, reduction="elementwise_mean"),
    "poisson_nll_loss": lambda: F.poisson_nll_loss(x, y, reduction="elementwise_mean"),
    "gaussian_nll_loss": lambda: F.gaussian_nll_loss(x, y, torch.ones(2, 3), reduction="elementwise_mean"),
    "triplet_margin_with_distance_loss": lambda: F.triplet_margin_with_distance_loss(
        x, y, y, reduction="elementwise_mean"),
    "mse_loss(weight=...)": lambda: F.mse_loss(x, y, weight=torch.ones(2, 3), reduction="elementwise_mean"),
}
for name, call in rejected.items():
    try:
        call()
    except ValueError as error:
        print(f"{name}: {type(error).__name__}: {error}")
        #> multilabel_soft_margin_loss: ValueError: elementwise_mean is not valid
        #> poisson_nll_loss: ValueError: elementwise_mean is not a valid value for reduction
        #> gaussian_nll_loss: ValueError: elementwise_mean is not valid
        #> triplet_margin_with_distance_loss: ValueError: elementwise_mean is not a valid value for reduction
        #> mse_loss(weight=...): ValueError: Invalid reduction mode: elementwise_mean. Expected one of 'none', 'mean', 'sum'.
