import torch
import torch.nn.functional as F


def _log_sigmoid(x):
    # log(sigmoid(x)) without overflow: each branch only ever sees exp of a number <= 0
    pos, neg = x.clamp(min=0), x.clamp(max=0)
    return torch.where(x >= 0, -torch.log1p(torch.exp(-pos)), neg - torch.log1p(torch.exp(neg)))


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    if targets.shape != inputs.shape:
        raise ValueError(f"Target size ({targets.size()}) must be the same as input size ({inputs.size()})")
    log_p, log_1mp = _log_sigmoid(inputs), _log_sigmoid(-inputs)  # log p and log(1 - p)
    ce = -(targets * log_p + (1 - targets) * log_1mp)
    # 1 - p_t = t * (1 - p) + (1 - t) * p, kept in log space so that (1 - p_t)**gamma is never
    # evaluated at 0, where its derivative is infinite for 0 < gamma < 1
    log_1m_pt = torch.logaddexp(torch.log(targets) + log_1mp, torch.log1p(-targets) + log_p)
    loss = ce * torch.exp(gamma * log_1m_pt)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"reduction must be 'none', 'mean' or 'sum', got {reduction!r}")


def reference(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    if gamma == 0:
        # BCEWithLogits, weighted by alpha_t unless alpha < 0
        weight = None if alpha < 0 else alpha * targets + (1 - alpha) * (1 - targets)
        return F.binary_cross_entropy_with_logits(inputs, targets, weight=weight, reduction=reduction)
    # the published definition of torchvision.ops.sigmoid_focal_loss
    p = torch.sigmoid(inputs)
    ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce_loss * ((1 - p_t) ** gamma)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


def gradients(fn, inputs, targets, **kwargs):
    x = inputs.clone().requires_grad_()
    loss = fn(x, targets, **kwargs)
    loss.sum().backward()
    return loss, x.grad


def agrees(inputs, targets, **kwargs):
    """Same value and same input gradient as the reference."""
    ours, ours_grad = gradients(sigmoid_focal_loss, inputs, targets, **kwargs)
    ref, ref_grad = gradients(reference, inputs, targets, **kwargs)
    return torch.allclose(ours, ref) and torch.allclose(ours_grad, ref_grad)


logits = torch.tensor([[2.2, -1.4, 0.0],
                       [-120.0, 0.9, 30.0]])  # 0 and extreme logits included
targets = torch.tensor([[1.0, 0.0, 1.0],
                        [1.0, 0.7, 0.25]])     # soft targets too

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, targets, alpha=-1, gamma=0.0, reduction=reduction),
          agrees(logits, targets, gamma=0.0, reduction=reduction),
          agrees(logits, targets, reduction=reduction),
          agrees(logits, targets, alpha=-1, gamma=1.0, reduction=reduction),
          agrees(logits, targets, alpha=0.75, gamma=5.0, reduction=reduction))
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True

moderate = torch.tensor([[2.2, -1.4, 0.0],
                         [-3.0, 0.9, 4.0]])
spatial = torch.tensor([[[[0.5, -1.0]], [[2.0, 0.0]]]])  # (N=1, C=2, H=1, W=2)
print(agrees(moderate, targets, gamma=0.5),
      agrees(spatial, torch.tensor([[[[1.0, 0.0]], [[0.0, 1.0]]]])),
      agrees(torch.tensor(0.3), torch.tensor(1.0), reduction="mean"))
#> True True True

# Where sigmoid saturates, gamma = 0.5 gives nan gradients in the published form, finite ones here.
saturated = torch.tensor([20.0, -20.0, 1.0])
binary = torch.tensor([1.0, 0.0, 1.0])
print(gradients(reference, saturated, binary, gamma=0.5)[1])
#> tensor([    nan,     nan, -0.0497])
print(gradients(sigmoid_focal_loss, saturated, binary, gamma=0.5)[1])
#> tensor([-3.5091e-14,  1.0527e-13, -4.9714e-02])
