import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
    if targets.shape != inputs.shape:
        raise ValueError(f"Target size ({targets.size()}) must be the same as input size ({inputs.size()})")
    log_p, log_1mp = F.logsigmoid(inputs), F.logsigmoid(-inputs)  # log p and log(1 - p), no overflow
    ce = -(targets * log_p + (1 - targets) * log_1mp)             # binary cross entropy on the logits
    # 1 - p_t = t (1 - p) + (1 - t) p, kept in log space: (1 - p_t)**gamma is never evaluated at 0,
    # where its derivative is infinite for 0 < gamma < 1
    log_1m_pt = torch.logaddexp(torch.log(targets) + log_1mp, torch.log1p(-targets) + log_p)
    loss = ce * torch.exp(gamma * log_1m_pt)  # the modulating factor (1 - p_t)**gamma
    if alpha >= 0:  # alpha on positives, 1 - alpha on negatives; alpha < 0 turns it off
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "none":
        return loss
    if reduction in ("mean", "sum"):
        return loss.mean() if reduction == "mean" else loss.sum()  # 'mean' over every element
    raise ValueError(f"reduction must be 'none', 'mean' or 'sum', got {reduction!r}")


def torchvision_definition(inputs, targets, alpha=0.25, gamma=2):
    # torchvision.ops.sigmoid_focal_loss with reduction='none', as torchvision writes it
    p = torch.sigmoid(inputs)
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none") * (1 - p_t) ** gamma
    return (alpha * targets + (1 - alpha) * (1 - targets)) * loss if alpha >= 0 else loss


# The example of the page: 2 anchors x 3 classes, anchor 1 is background.
logits = torch.tensor([[2.0, -1.0, -3.0],
                       [-0.5, 0.3, -4.0]])
targets = torch.tensor([[1.0, 0.0, 0.0],
                        [0.0, 0.0, 0.0]])
print(sigmoid_focal_loss(logits, targets), torchvision_definition(logits, targets), sep="\n")
#> tensor([[4.5089e-04, 1.6994e-02, 8.1962e-05],
#>         [5.0680e-02, 2.1144e-01, 4.4037e-06]])
#> tensor([[4.5089e-04, 1.6994e-02, 8.1962e-05],
#>         [5.0680e-02, 2.1144e-01, 4.4037e-06]])

# Where sigmoid saturates and 0 < gamma < 1, the log-space factor keeps the gradient finite.
x = torch.tensor([20.0, -20.0, 1.0], requires_grad=True)
t = torch.tensor([1.0, 0.0, 1.0])
print(torch.autograd.grad(sigmoid_focal_loss(x, t, gamma=0.5).sum(), x)[0])
#> tensor([-3.5091e-14,  1.0527e-13, -4.9714e-02])
print(torch.autograd.grad(torchvision_definition(x, t, gamma=0.5).sum(), x)[0])
#> tensor([    nan,     nan, -0.0497])
