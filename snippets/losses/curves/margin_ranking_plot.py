import torch
import torch.nn.functional as F

x = torch.linspace(-2, 3, 201)  # x1 - x2 for a pair where x1 should rank higher (y = 1)


def ranking(margin):
    return lambda d: F.margin_ranking_loss(d, torch.zeros_like(d), torch.ones_like(d),
                                           margin=margin, reduction="none")


curves = {
    "MarginRankingLoss margin=1": ranking(1.0),
    "margin=0.5": ranking(0.5),
    "margin=0": ranking(0.0),
}
