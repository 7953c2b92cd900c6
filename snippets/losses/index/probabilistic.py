import torch
import torch.nn as nn
import torch.nn.functional as F

# Distillation: student LOG-probabilities against teacher probabilities, both (N, C).
student_logits = torch.tensor([[1.0, 0.0, -1.0],
                               [0.5, 0.5, 2.0]])
teacher_logits = torch.tensor([[2.0, 0.5, -1.0],
                               [0.0, 1.0, 1.5]])
log_q = F.log_softmax(student_logits, dim=1)   # log_softmax before KLDivLoss
p = F.softmax(teacher_logits, dim=1)           # the target is plain probabilities
print(log_q.shape, p.shape, nn.KLDivLoss(reduction="batchmean")(log_q, p))
#> torch.Size([2, 3]) torch.Size([2, 3]) tensor(0.0679)
# Soft labels also work directly in CrossEntropyLoss (raw logits, float target of shape (N, C)).
print(nn.CrossEntropyLoss()(student_logits, p))
#> tensor(0.8551)

# Counts: PoissonNLLLoss takes the log-rate by default (any real number), targets >= 0.
log_rate = torch.tensor([0.0, 1.0, 2.0])        # (N=3), rate = exp(log_rate)
counts = torch.tensor([1.0, 3.0, 6.0])          # (N=3), float counts
print(counts.dtype, nn.PoissonNLLLoss()(log_rate, counts))
#> torch.float32 tensor(-1.2976)
# Negative only because log(counts!) is left out; full=True adds it back (Stirling's approximation).
print(nn.PoissonNLLLoss(full=True)(log_rate, counts))
#> tensor(1.4789)

# Regression with uncertainty: a mean and a VARIANCE per target (softplus keeps it > 0).
mean = torch.tensor([[1.0], [2.5]])             # (N=2, 1)
var = F.softplus(torch.tensor([[0.0], [-1.0]])) # (N=2, 1), variance, not standard deviation
y = torch.tensor([[1.5], [2.0]])
print(var, nn.GaussianNLLLoss()(mean, y, var))
#> tensor([[0.6931],
#>         [0.3133]]) tensor(-0.0921)

# A density can exceed 1, so its negative log can be below 0 even with full=True:
# a perfect prediction with variance 0.01 (standard deviation 0.1).
zero = torch.zeros(1)
print(F.gaussian_nll_loss(zero, zero, torch.tensor([0.01]), full=True),
      -torch.distributions.Normal(0.0, 0.1).log_prob(zero))
#> tensor(-1.3836) tensor([-1.3836])
