import torch
import torch.nn.functional as F

mean = torch.tensor([[0.0, 1.0, 2.0],
                     [1.0, 1.0, 1.0]])           # (N=2, D=3)
target = torch.tensor([[0.5, 1.0, 3.0],
                       [0.0, 2.0, 1.0]])

# One variance per row, given as (N, 1) or as (N,) (one fewer dimension): the same.
print(F.gaussian_nll_loss(mean, target, torch.tensor([[1.0], [4.0]]), reduction="none"))
#> tensor([[0.1250, 0.0000, 0.5000],
#>         [0.8181, 0.8181, 0.6931]])
print(F.gaussian_nll_loss(mean, target, torch.tensor([1.0, 4.0]), reduction="none"))
#> tensor([[0.1250, 0.0000, 0.5000],
#>         [0.8181, 0.8181, 0.6931]])
# One variance per column: (1, D), exactly one dimension of size 1.
print(F.gaussian_nll_loss(mean, target, torch.tensor([[1.0, 2.0, 4.0]]), reduction="none"))
#> tensor([[0.1250, 0.3466, 0.8181],
#>         [0.5000, 0.5966, 0.6931]])
# One variance for everything: a Python float.
print(F.gaussian_nll_loss(mean, target, 2.0), F.gaussian_nll_loss(mean, target, torch.full((2, 3), 2.0)))
#> tensor(0.4820) tensor(0.4820)

# Shapes that ordinary broadcasting would accept but this loss rejects.
for var in [torch.tensor(2.0), torch.ones(1, 1), torch.ones(3)]:
    try:
        F.gaussian_nll_loss(mean, target, var)
    except ValueError as error:
        print(tuple(var.shape), f"{type(error).__name__}: {error}")
        #> () ValueError: var is of incorrect size
        #> (1, 1) ValueError: var is of incorrect size
        #> (3,) ValueError: var is of incorrect size

# Unbatched input (D,): a 0-dim var is then "one fewer dimension" and accepted.
print(F.gaussian_nll_loss(mean[0], target[0], torch.tensor(2.0)))
#> tensor(0.4507)

# The target may broadcast too: (N, 1) against an (N, D) input.
print(F.gaussian_nll_loss(mean, target[:, :1], 1.0, reduction="none").shape)
#> torch.Size([2, 3])
