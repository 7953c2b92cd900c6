import warnings

import torch
import torch.nn as nn

# The 2 x 3 input a set of notes printed, as literals; the notes call nn.LogSoftmax() with no dim.
input = torch.tensor([[0.3179, -1.6143, -0.0478],
                      [0.7923, -1.6657, -2.5130]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    output = nn.LogSoftmax()(input)
print(output)
#> tensor([[-0.6090, -2.5412, -0.9747],
#>         [-0.1154, -2.5734, -3.4207]])
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.
# The notes printed these outputs; ours differ by one unit in the 4th decimal at most ...
notes = torch.tensor([[-0.6090, -2.5411, -0.9746],
                      [-0.1154, -2.5733, -3.4206]])
print(f"{(output - notes).abs().max().item():.4f}")
#> 0.0001
# ... because the printed input was rounded: this one prints the same to 4 decimals
# (every entry within 5e-5) and reproduces the notes' outputs digit for digit.
unrounded = torch.tensor([[0.31786, -1.61427, -0.04779],
                          [0.79226, -1.66566, -2.51299]])
print((unrounded - input).abs().max() < 5e-5)
#> tensor(True)
print(nn.LogSoftmax(dim=1)(unrounded))
#> tensor([[-0.6090, -2.5411, -0.9746],
#>         [-0.1154, -2.5733, -3.4206]])
# A 2-D input gets dim=1 implicitly; writing it removes the warning.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    explicit = nn.LogSoftmax(dim=1)(input)
print(torch.equal(output, explicit), len(caught))
#> True 0
