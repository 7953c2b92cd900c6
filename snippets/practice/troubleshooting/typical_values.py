import math

import torch
import torch.nn as nn
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
features = torch.randn(2000, 64, generator=g, device="cpu")  # standardized inputs
labels = torch.randint(0, 10, (2000,), generator=g, device="cpu")
multi_hot = torch.randint(0, 2, (2000, 5), generator=g, device="cpu").float()
values = torch.randn(2000, 1, generator=g, device="cpu")  # standardized regression targets


def fresh_head(out_features):
    """A Linear layer with PyTorch's default initialization, drawn from g."""
    head = nn.Linear(64, out_features, device="cpu")
    nn.init.kaiming_uniform_(head.weight, a=math.sqrt(5), generator=g)
    nn.init.uniform_(head.bias, -1 / 8, 1 / 8, generator=g)  # 1 / sqrt(fan_in)
    return head


with torch.no_grad():
    # Cross entropy at initialization: about log C (here C = 10).
    ce = F.cross_entropy(fresh_head(10)(features), labels)
    print(f"{ce.item():.3f} vs log 10 = {math.log(10):.3f}")
    #> 2.487 vs log 10 = 2.303
    # BCE with logits at initialization: about log 2 per label.
    bce = F.binary_cross_entropy_with_logits(fresh_head(5)(features), multi_hot)
    print(f"{bce.item():.3f} vs log 2 = {math.log(2):.3f}")
    #> 0.732 vs log 2 = 0.693
    # Logits 10 times too large (e.g. unnormalized inputs): the starting loss is far above log C.
    ce_large = F.cross_entropy(10 * fresh_head(10)(features), labels)
    print(f"{ce_large.item():.2f}")
    #> 9.39
    # MSE at initialization: the variance of the targets plus that of the first predictions.
    mse = F.mse_loss(fresh_head(1)(features), values)
    print(f"{mse.item():.3f} vs var(y) = {values.var().item():.3f}")
    #> 1.315 vs var(y) = 0.999
    # Accuracy at initialization: about 1 / C.
    acc = (fresh_head(10)(features).argmax(dim=1) == labels).float().mean()
    print(f"{acc.item():.3f}")
    #> 0.093
