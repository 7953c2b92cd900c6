import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0]]])  # width 3
print(F.pad(x, (2, 2), mode="reflect"))  # reflect: at most size - 1 = 2
#> tensor([[[3., 2., 1., 2., 3., 2., 1.]]])
print(F.pad(x, (3, 3), mode="circular"))  # circular: at most size = 3
#> tensor([[[1., 2., 3., 1., 2., 3., 1., 2., 3.]]])
print(F.pad(x, (5, 5), mode="replicate"))  # replicate and constant: any amount
#> tensor([[[1., 1., 1., 1., 1., 1., 2., 3., 3., 3., 3., 3., 3.]]])
for mode, amount in [("reflect", 3), ("circular", 4)]:
    try:
        F.pad(x, (amount, 0), mode=mode)
    except RuntimeError as error:
        print(error)
        #> Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 0) at dimension 2 of input [1, 1, 3]
        #> Padding value causes wrapping around more than once.
