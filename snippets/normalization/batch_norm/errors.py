import torch
import torch.nn as nn

bn = nn.BatchNorm1d(3)
for x in (torch.ones(1, 3), torch.ones(2, 4), torch.ones(2, 3, 4, 4)):
    try:
        bn(x)
    except (ValueError, RuntimeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 3])
        #> RuntimeError: running_mean should contain 4 elements not 3
        #> ValueError: expected 2D or 3D input (got 4D input)
try:
    nn.BatchNorm2d(3)(torch.ones(3, 4, 4))  # no unbatched input: add the batch dimension with unsqueeze(0)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected 4D input (got 3D input)
print(bn(torch.tensor([[[1.0, 2.0], [3.0, 5.0], [0.0, 4.0]]])))  # (1, C, L) with L > 1 is accepted
#> tensor([[[-1.0000,  1.0000],
#>          [-1.0000,  1.0000],
#>          [-1.0000,  1.0000]]], grad_fn=<NativeBatchNormBackward0>)
