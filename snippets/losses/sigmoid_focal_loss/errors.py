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


logits = torch.tensor([[1.5, -0.5],
                       [0.0, 2.0]])

for targets in [
    torch.tensor([[1, 0], [0, 1]]),              # integer labels
    torch.tensor([[True, False], [False, True]]),  # a boolean mask
    torch.tensor([1.0, 0.0, 0.0, 1.0]),          # flattened: another shape
]:
    try:
        sigmoid_focal_loss(logits, targets)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: result type Float can't be cast to the desired output type Long
        #> RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.
        #> ValueError: Target size (torch.Size([4])) must be the same as input size (torch.Size([2, 2]))
