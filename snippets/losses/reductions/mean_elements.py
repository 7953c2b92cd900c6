import torch
import torch.nn.functional as F

x = torch.tensor([[0.2, 0.7, 0.4],
                  [0.9, 0.3, 0.6]])   # values in (0, 1), so every loss below accepts them
y = torch.tensor([[0.0, 1.0, 1.0],
                  [1.0, 0.0, 0.0]])
pm = 2 * y - 1                        # the same labels as +1 / -1
w = torch.tensor([[1.0, 2.0, 3.0],
                  [0.5, 0.5, 0.5]])   # element weights, weight sum 7.5

losses = {
    "l1_loss": lambda r: F.l1_loss(x, y, reduction=r),
    "mse_loss": lambda r: F.mse_loss(x, y, reduction=r),
    "smooth_l1_loss": lambda r: F.smooth_l1_loss(x, y, reduction=r),
    "huber_loss(weight=w)": lambda r: F.huber_loss(x, y, reduction=r, weight=w),
    "binary_cross_entropy(weight=w)": lambda r: F.binary_cross_entropy(x, y, weight=w, reduction=r),
    "bce_with_logits(pos_weight)": lambda r: F.binary_cross_entropy_with_logits(
        x, y, pos_weight=torch.tensor([1.0, 2.0, 3.0]), reduction=r),
    "poisson_nll_loss": lambda r: F.poisson_nll_loss(x, y, reduction=r),
    "gaussian_nll_loss": lambda r: F.gaussian_nll_loss(x, y, var=w, reduction=r),
    "soft_margin_loss": lambda r: F.soft_margin_loss(x, pm, reduction=r),
    "hinge_embedding_loss": lambda r: F.hinge_embedding_loss(x, pm, reduction=r),
    "margin_ranking_loss": lambda r: F.margin_ranking_loss(x, y, pm, reduction=r),
}
# 'none' keeps all 6 elements, and 'mean' is their sum divided by 6, weights or not.
for name, loss in losses.items():
    none = loss("none")
    print(f"{name:<31} none {tuple(none.shape)}  mean {loss('mean'):.4f}  sum/6 {none.sum() / 6:.4f}")
    #> l1_loss                         none (2, 3)  mean 0.3500  sum/6 0.3500
    #> mse_loss                        none (2, 3)  mean 0.1583  sum/6 0.1583
    #> smooth_l1_loss                  none (2, 3)  mean 0.0792  sum/6 0.0792
    #> huber_loss(weight=w)            none (2, 3)  mean 0.1275  sum/6 0.1275
    #> binary_cross_entropy(weight=w)  none (2, 3)  mean 0.7291  sum/6 0.7291
    #> bce_with_logits(pos_weight)     none (2, 3)  mean 0.8961  sum/6 0.8961
    #> poisson_nll_loss                none (2, 3)  mean 1.3931  sum/6 1.3931
    #> gaussian_nll_loss               none (2, 3)  mean 0.0698  sum/6 0.0698
    #> soft_margin_loss                none (2, 3)  mean 0.6579  sum/6 0.6579
    #> hinge_embedding_loss            none (2, 3)  mean 0.6500  sum/6 0.6500
    #> margin_ranking_loss             none (2, 3)  mean 0.3500  sum/6 0.3500
