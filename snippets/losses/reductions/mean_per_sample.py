import torch
import torch.nn as nn
import torch.nn.functional as F

scores = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 1.2, 0.3]])         # N=2 samples, C=3
cls = torch.tensor([0, 2])                       # class indices
multi_hot = torch.tensor([[1.0, 0.0, 1.0],
                          [0.0, 1.0, 1.0]])
index_list = torch.tensor([[0, 2, -1],
                           [1, 2, -1]])
probs = torch.tensor([[0.7, 0.2, 0.1],
                      [0.1, 0.3, 0.6]])
pm = torch.tensor([1.0, -1.0])
cw = torch.tensor([1.0, 2.0, 3.0])               # class weights

losses = {
    "multi_margin_loss(weight)": lambda r: F.multi_margin_loss(scores, cls, weight=cw, reduction=r),
    "multilabel_margin_loss": lambda r: F.multilabel_margin_loss(scores, index_list, reduction=r),
    "multilabel_soft_margin(weight)": lambda r: F.multilabel_soft_margin_loss(
        scores, multi_hot, weight=cw, reduction=r),
    "cosine_embedding_loss": lambda r: F.cosine_embedding_loss(scores, probs, pm, reduction=r),
    "triplet_margin_loss": lambda r: F.triplet_margin_loss(scores, probs, multi_hot, reduction=r),
    "triplet_with_distance": lambda r: F.triplet_margin_with_distance_loss(
        scores, probs, multi_hot, reduction=r),
    "cross_entropy(probs, weight)": lambda r: F.cross_entropy(scores, probs, weight=cw, reduction=r),
}
# One loss per sample; 'mean' divides their sum by N = 2 (class weights do not change that).
for name, loss in losses.items():
    none = loss("none")
    print(f"{name:<30} none {tuple(none.shape)}  mean {loss('mean'):.4f}  sum/2 {none.sum() / 2:.4f}")
    #> multi_margin_loss(weight)      none (2,)  mean 1.3500  sum/2 1.3500
    #> multilabel_margin_loss         none (2,)  mean 0.5500  sum/2 0.5500
    #> multilabel_soft_margin(weight) none (2,)  mean 1.4915  sum/2 1.4915
    #> cosine_embedding_loss          none (2,)  mean 0.4110  sum/2 0.4110
    #> triplet_margin_loss            none (2,)  mean 0.8259  sum/2 0.8259
    #> triplet_with_distance          none (2,)  mean 0.8259  sum/2 0.8259
    #> cross_entropy(probs, weight)   none (2,)  mean 2.4759  sum/2 2.4759

# Probability targets with extra dimensions (N=2, C=3, L=2): divided by N * L = 4 positions.
scores3 = torch.stack([scores, scores.flip(1)], dim=2)
probs3 = torch.stack([probs, probs], dim=2)
none = F.cross_entropy(scores3, probs3, reduction="none")
print(none.shape, F.cross_entropy(scores3, probs3), none.sum() / 4)
#> torch.Size([2, 2]) tensor(1.4974) tensor(1.4974)

# AdaptiveLogSoftmaxWithLoss has no reduction argument: its loss is always the batch mean.
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=3, n_classes=4, cutoffs=[2], div_value=2.0)
with torch.no_grad():
    for p in asm.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
    result = asm(scores, torch.tensor([0, 3]))
print(result.output, result.loss, -result.output.sum() / 2)
#> tensor([-2.6077, -0.8437]) tensor(1.7257) tensor(1.7257)
