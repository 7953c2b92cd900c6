import torch
import torch.nn.functional as F

log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0],
                                    [0.5, 0.5, 2.0]]), dim=1)
p = torch.tensor([[0.7, 0.2, 0.1],
                  [0.1, 0.3, 0.6]])

# Target as probabilities (default) or as log-probabilities with log_target=True.
print(F.kl_div(log_q, p, reduction="batchmean"))
#> tensor(0.0384)
print(F.kl_div(log_q, p.log(), reduction="batchmean", log_target=True))
#> tensor(0.0384)
# log_target=True computes exp(t) * (t - input) element by element.
print(torch.allclose(F.kl_div(log_q, p.log(), reduction="none", log_target=True),
                     p.log().exp() * (p.log() - log_q)))
#> True

# A zero probability written as log 0 = -inf gives nan in log space.
x = torch.tensor([-1.0, -0.5])
print(F.kl_div(x, torch.tensor([0.0, 1.0]), reduction="none"))
#> tensor([0.0000, 0.5000])
print(F.kl_div(x, torch.tensor([float("-inf"), 0.0]), reduction="none", log_target=True))
#> tensor([   nan, 0.5000])
