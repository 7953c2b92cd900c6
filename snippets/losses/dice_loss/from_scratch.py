import torch
import torch.nn.functional as F


def _softmax(x, dim):
    e = torch.exp(x - x.amax(dim=dim, keepdim=True).detach())
    return e / e.sum(dim=dim, keepdim=True)


def dice_loss(inputs, targets, smooth=1.0, reduction="mean", multiclass=False):
    """Soft Dice loss on logits, one value per sample.

    multiclass=False: inputs (N, *) logits, one sigmoid per element; targets of the same shape in [0, 1].
    multiclass=True: inputs (N, C, *) logits, softmax over C; targets (N, *) class indices (long).
    """
    n = inputs.shape[0]
    if multiclass:
        n_classes = inputs.shape[1]
        if targets.shape != inputs.shape[:1] + inputs.shape[2:]:
            raise ValueError(f"expected targets of shape {tuple(inputs.shape[:1] + inputs.shape[2:])}, "
                             f"got {tuple(targets.shape)}")
        probs = _softmax(inputs, dim=1).reshape(n, n_classes, -1)
        onehot = F.one_hot(targets.reshape(n, -1), n_classes).transpose(1, 2).to(probs.dtype)
    else:
        if targets.shape != inputs.shape:
            raise ValueError(f"expected targets of shape {tuple(inputs.shape)}, got {tuple(targets.shape)}")
        probs = torch.sigmoid(inputs).reshape(n, 1, -1)  # a single class
        onehot = targets.reshape(n, 1, -1).to(probs.dtype)
    intersection = (probs * onehot).sum(-1)               # (N, classes)
    cardinality = probs.sum(-1) + onehot.sum(-1)
    dice = (2 * intersection + smooth) / (cardinality + smooth)
    loss = 1 - dice.mean(dim=1)                           # (N,)
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"reduction must be 'none', 'mean' or 'sum', got {reduction!r}")


def reference(inputs, targets, smooth=1.0, reduction="mean", multiclass=False):
    # Independent formulation: Dice = (2TP + s) / (2TP + FP + FN + s), one class at a time.
    n = inputs.shape[0]
    if multiclass:
        probs = torch.softmax(inputs, dim=1)
        pairs = [(probs[:, c], (targets == c).float()) for c in range(inputs.shape[1])]
    else:
        pairs = [(torch.sigmoid(inputs), targets.float())]
    dices = []
    for p, t in pairs:
        p, t = p.reshape(n, -1), t.reshape(n, -1)
        tp, fp, fn = (p * t).sum(1), (p * (1 - t)).sum(1), ((1 - p) * t).sum(1)
        dices.append((2 * tp + smooth) / (2 * tp + fp + fn + smooth))
    loss = 1 - torch.stack(dices).mean(0)
    return {"none": loss, "mean": loss.mean(), "sum": loss.sum()}[reduction]


def agrees(inputs, targets, **kwargs):
    """Same value and same input gradient (autograd) as the reference."""
    ours_in = inputs.clone().requires_grad_()
    ref_in = inputs.clone().requires_grad_()
    ours = dice_loss(ours_in, targets, **kwargs)
    ref = reference(ref_in, targets, **kwargs)
    ours.sum().backward()
    ref.sum().backward()
    return torch.allclose(ours, ref) and torch.allclose(ours_in.grad, ref_in.grad)


logits = torch.tensor([[[2.0, -1.0, 0.0],
                        [1.5, -2.0, 3.0]],
                       [[0.5, 0.5, -4.0],
                        [-3.0, 1.0, 2.0]]])          # (N=2, H=2, W=3)
masks = torch.tensor([[[1.0, 0.0, 0.0],
                       [1.0, 0.0, 1.0]],
                      [[0.0, 1.0, 0.0],
                       [0.0, 1.0, 0.5]]])            # a soft value included
mc_logits = torch.tensor([[[0.0, 1.0, -1.0], [2.0, 0.5, 0.0]],
                          [[1.0, 0.0, 2.0], [-1.0, 0.5, 1.0]],
                          [[-2.0, 3.0, 0.0], [0.0, 0.0, 0.5]]])  # (N=3, C=2, L=3)
labels = torch.tensor([[1, 0, 0], [0, 1, 1], [1, 0, 1]])        # (N=3, L=3)

for reduction in ["none", "sum", "mean"]:
    print(reduction,
          agrees(logits, masks, reduction=reduction),
          agrees(logits, masks, smooth=0.0, reduction=reduction),
          agrees(logits.unsqueeze(1), masks.unsqueeze(1), smooth=1e-5, reduction=reduction),
          agrees(mc_logits, labels, multiclass=True, reduction=reduction),
          agrees(mc_logits, labels, smooth=0.0, multiclass=True, reduction=reduction))
    #> none True True True True True
    #> sum True True True True True
    #> mean True True True True True

# (N, C, H, W) with C = 3, (N, C) with one pixel per sample, and (N, L) binary masks.
image = torch.tensor([[[[2.0, 0.0], [0.0, -1.0]],
                       [[0.0, 2.0], [1.0, 0.0]],
                       [[-1.0, 0.0], [0.5, 2.0]]]])
print(agrees(image, torch.tensor([[[0, 1], [1, 2]]]), multiclass=True),
      agrees(mc_logits[:, :, 0], labels[:, 0], multiclass=True),
      agrees(logits.reshape(2, -1), masks.reshape(2, -1)))
#> True True True

# (N, 1, H, W) logits with (N, H, W) masks: an error instead of silent broadcasting.
try:
    dice_loss(logits.unsqueeze(1), masks)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected targets of shape (2, 1, 2, 3), got (2, 2, 3)
