import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2, reduction="none"):
    # torchvision.ops.sigmoid_focal_loss, written out from its published definition
    p = torch.sigmoid(inputs)
    ce_loss = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce_loss * ((1 - p_t) ** gamma)
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.mean()
    return loss.sum() if reduction == "sum" else loss


logits = torch.tensor([-2.0, 0.0, 2.0, 4.0, -1.0, 1.0], requires_grad=True)
targets = torch.tensor([1.0, 1.0, 1.0, 1.0, 0.0, 0.0])
alpha, gamma = 0.25, 2.0

sigmoid_focal_loss(logits, targets, alpha=alpha, gamma=gamma, reduction="sum").backward()
print(logits.grad)
#> tensor([-2.6918e-01, -7.4572e-02, -1.2177e-03, -4.3376e-06,  3.9436e-02,
#>          5.7618e-01])

# Closed form: alpha_t * s * (1 - p_t)**gamma * (gamma * p_t * log(p_t) - (1 - p_t)), with s = 2t - 1.
with torch.no_grad():
    p = torch.sigmoid(logits)
    p_t = p * targets + (1 - p) * (1 - targets)
    alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
    s = 2 * targets - 1
    print(alpha_t * s * (1 - p_t) ** gamma * (gamma * p_t * torch.log(p_t) - (1 - p_t)))
    #> tensor([-2.6918e-01, -7.4572e-02, -1.2177e-03, -4.3377e-06,  3.9436e-02,
    #>          5.7618e-01])
    # gamma = 0 (alpha-weighted BCE) has the gradient alpha_t * (p - t), for comparison.
    print(alpha_t * (p - targets))
    #> tensor([-0.2202, -0.1250, -0.0298, -0.0045,  0.2017,  0.5483])

# The two positives of the text, focal gradient next to the weighted BCE gradient:
# logit 4 (easy) shrinks by a factor of 1000, logit -2 (hard) grows.
for i in [3, 0]:
    print(logits[i].item(), f"{logits.grad[i].item():.4g}", f"{(alpha_t * (p - targets))[i].item():.4g}")
    #> 4.0 -4.338e-06 -0.004497
    #> -2.0 -0.2692 -0.2202
