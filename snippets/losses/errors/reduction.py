import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[0.5, 1.0, 2.0]])
y = torch.tensor([[1.0, 1.0, 1.0]])

for call in [
    lambda: nn.MSELoss(reduction="avg")(x, y),
    lambda: F.cross_entropy(x, torch.tensor([2]), reduction=None),        # None is not 'none'
    lambda: F.l1_loss(x, y, reduction="Mean"),                            # case matters
    lambda: F.gaussian_nll_loss(x, y, torch.ones(1, 3), reduction="batchmean"),
    lambda: F.multilabel_soft_margin_loss(x, y, reduction="avg"),
]:
    try:
        call()
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: avg is not a valid value for reduction
        #> ValueError: None is not a valid value for reduction
        #> ValueError: Mean is not a valid value for reduction
        #> ValueError: batchmean is not valid
        #> ValueError: avg is not valid
