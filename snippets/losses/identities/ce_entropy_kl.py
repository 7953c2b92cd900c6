import torch
import torch.nn.functional as F

logits = torch.tensor([[0.3, -1.2, 0.8, 0.1],
                       [1.5, 0.2, -0.7, 0.4]], requires_grad=True)
p = torch.tensor([[0.1, 0.5, 0.3, 0.1],
                  [0.25, 0.0, 0.5, 0.25]])  # target distributions (rows sum to 1)

# Per sample: H(p, softmax(x)) = H(p) + KL(p || softmax(x)).
ce = F.cross_entropy(logits, p, reduction="none")
entropy = -torch.xlogy(p, p).sum(dim=1)  # xlogy gives 0 * log(0) = 0
kl = F.kl_div(F.log_softmax(logits, dim=1), p, reduction="none").sum(dim=1)
print(ce.detach())
#> tensor([1.9258, 1.9151])
print(entropy, kl.detach())
#> tensor([1.1683, 1.0397]) tensor([0.7575, 0.8754])
print(torch.allclose(ce, entropy + kl))
#> True

# Reduced: the 'mean' of cross_entropy divides by N, like kl_div's 'batchmean' (not kl_div's 'mean').
ce_mean = F.cross_entropy(logits, p)
kl_batchmean = F.kl_div(F.log_softmax(logits, dim=1), p, reduction="batchmean")
print(ce_mean.detach(), (kl_batchmean + entropy.mean()).detach())
#> tensor(1.9205) tensor(1.9205)

# H(p) does not depend on the logits, so both losses give the same gradient.
grad_ce, = torch.autograd.grad(ce_mean, logits)
grad_kl, = torch.autograd.grad(kl_batchmean, logits)
print(torch.allclose(grad_ce, grad_kl))
#> True
