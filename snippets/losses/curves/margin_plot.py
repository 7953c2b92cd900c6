import torch
import torch.nn.functional as F

x = torch.linspace(-2, 3, 201)  # the margin m = score of the right answer - score of the wrong one


def hinge(m):  # max(0, 1 - m)
    return F.margin_ranking_loss(m, torch.zeros_like(m), torch.ones_like(m), margin=1.0, reduction="none")


def squared_hinge(m):  # max(0, 1 - m)^2: MultiMarginLoss p=2 with two classes divides by C = 2
    scores = torch.stack([m, torch.zeros_like(m)], dim=1)
    return 2 * F.multi_margin_loss(scores, m.new_zeros(m.shape, dtype=torch.long), p=2, reduction="none")


def soft_margin(m):  # log(1 + exp(-m))
    return F.soft_margin_loss(m, torch.ones_like(m), reduction="none")


curves = {
    "hinge max(0, 1-m)": hinge,
    "squared hinge max(0, 1-m)^2": squared_hinge,
    "soft margin log(1+exp(-m))": soft_margin,
}
