import torch
import torch.nn.functional as F

log_rate = torch.tensor([[0.5, -1.0, 2.0]])
counts = torch.tensor([[0.0, 1.0, 2.0]])

for args, kwargs in [
    ((log_rate, torch.tensor([[0.0, 1.0]])), {}),         # shapes do not broadcast
    ((log_rate, counts), {"reduction": "batchmean"}),      # not a reduction of this loss
]:
    try:
        F.poisson_nll_loss(*args, **kwargs)
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 1
        #> ValueError: batchmean is not a valid value for reduction

# A target that broadcasts is accepted silently: (3,) against (2, 3).
print(F.poisson_nll_loss(torch.zeros(2, 3), torch.tensor([0.0, 1.0, 2.0]), reduction="none"))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])
