import torch
import torch.nn.functional as F


def value_and_slope(fn, points):
    t = torch.tensor(points, requires_grad=True)
    value = fn(t)
    value.sum().backward()
    return [round(v, 4) + 0.0 for v in value.tolist()], [round(g, 4) + 0.0 for g in t.grad.tolist()]


# BCELoss against the probability p: the slope -1/p (target 1) grows without bound near 0.
p = [0.01, 0.5, 0.99]
print(value_and_slope(lambda q: F.binary_cross_entropy(q, torch.ones_like(q), reduction="none"), p))
#> ([4.6052, 0.6931, 0.0101], [-100.0, -2.0, -1.0101])
print(value_and_slope(lambda q: F.binary_cross_entropy(q, torch.zeros_like(q), reduction="none"), p))
#> ([0.0101, 0.6931, 4.6052], [1.0101, 2.0, 100.0001])

# Against the logit z the slope of BCEWithLogitsLoss is sigmoid(z) - y, never steeper than 1;
# MSE on sigmoid(z) goes flat exactly where the prediction is most wrong.
z = [-6.0, 0.0, 6.0]
print(value_and_slope(lambda t: F.binary_cross_entropy_with_logits(t, torch.ones_like(t), reduction="none"), z))
#> ([6.0025, 0.6931, 0.0025], [-0.9975, -0.5, -0.0025])
print(value_and_slope(lambda t: F.mse_loss(torch.sigmoid(t), torch.ones_like(t), reduction="none"), z))
#> ([0.9951, 0.25, 0.0], [-0.0049, -0.25, 0.0])

# The margin family at m = -1 (wrong side), 0.5 (inside the margin) and 3 (safely right).
m = [-1.0, 0.5, 3.0]
hinge = lambda t: F.margin_ranking_loss(t, torch.zeros_like(t), torch.ones_like(t), margin=1.0, reduction="none")
squared = lambda t: 2 * F.multi_margin_loss(torch.stack([t, torch.zeros_like(t)], dim=1),
                                            t.new_zeros(t.shape, dtype=torch.long), p=2, reduction="none")
soft = lambda t: F.soft_margin_loss(t, torch.ones_like(t), reduction="none")
for name, fn in [("hinge", hinge), ("squared hinge", squared), ("soft margin", soft)]:
    print(name, value_and_slope(fn, m))
    #> hinge ([2.0, 0.5, 0.0], [-1.0, -1.0, 0.0])
    #> squared hinge ([4.0, 0.25, 0.0], [-4.0, -1.0, 0.0])
    #> soft margin ([1.3133, 0.4741, 0.0486], [-0.7311, -0.3775, -0.0474])

# The hinge is the same function under three names: MarginRankingLoss (margin=1, y=1),
# HingeEmbeddingLoss (y=-1) and 2 * MultiMarginLoss (p=1, two classes).
t = torch.linspace(-2, 3, 51)
reference = torch.clamp(1 - t, min=0)
print(torch.equal(hinge(t), reference),
      torch.equal(F.hinge_embedding_loss(t, -torch.ones_like(t), margin=1.0, reduction="none"), reference),
      torch.allclose(2 * F.multi_margin_loss(torch.stack([t, torch.zeros_like(t)], dim=1),
                                             t.new_zeros(t.shape, dtype=torch.long), reduction="none"), reference))
#> True True True

# The soft margin loss with y = 1 is the BCEWithLogitsLoss curve for target 1.
print(torch.allclose(soft(t), F.binary_cross_entropy_with_logits(t, torch.ones_like(t), reduction="none")))
#> True
