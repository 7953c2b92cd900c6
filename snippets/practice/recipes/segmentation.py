import torch
import torch.nn.functional as F

VOID = 255  # the label of unannotated pixels and object borders
logits = torch.tensor([[[[2.0, 1.0, -1.0], [0.5, -0.5, 0.0]],     # class 0
                        [[0.0, 1.5, 0.5], [1.0, 2.0, -1.0]],      # class 1
                        [[-1.0, 0.0, 2.5], [0.0, 0.5, 1.5]]]],    # class 2
                      requires_grad=True)                         # (N=1, C=3, H=2, W=3)
target = torch.tensor([[[0, 1, 2], [VOID, 1, 2]]])                # (N=1, H=2, W=3)


def dice_loss(logits, target, ignore_index=VOID, smooth=1.0):
    valid = (target != ignore_index).unsqueeze(1)                        # (N, 1, H, W)
    probs = logits.softmax(dim=1) * valid                                # void pixels count nowhere
    labels = target.masked_fill(target == ignore_index, 0)               # any valid index, then masked
    onehot = F.one_hot(labels, logits.shape[1]).permute(0, 3, 1, 2) * valid
    intersection = (probs * onehot).sum(dim=(2, 3))                      # (N, C)
    cardinality = probs.sum(dim=(2, 3)) + onehot.sum(dim=(2, 3))
    return 1 - ((2 * intersection + smooth) / (cardinality + smooth)).mean()


ce = F.cross_entropy(logits, target, ignore_index=VOID)  # mean over the 5 valid pixels
dice = dice_loss(logits, target)
loss = ce + dice
print(ce, dice)
#> tensor(0.2920, grad_fn=<NllLoss2DBackward0>) tensor(0.1913, grad_fn=<RsubBackward1>)

# Void pixels drop out of both terms: their logits change nothing and get no gradient.
loss.backward()
print(logits.grad[0, :, 1, 0])
#> tensor([0., 0., 0.])
other = logits.detach().clone()
other[0, :, 1, 0] = torch.tensor([9.0, -9.0, 0.0])
print(torch.allclose(F.cross_entropy(other, target, ignore_index=VOID) + dice_loss(other, target), loss))
#> True
