import torch
import torch.nn.functional as F

# The halved dimension must have an even size (the message gives the dimension after wrapping -1).
for x, dim in [(torch.ones(2, 5), -1), (torch.ones(3, 4), 0)]:
    try:
        F.glu(x, dim=dim)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: Halving dimension must be even, but dimension 1 is size 5
        #> RuntimeError: Halving dimension must be even, but dimension 0 is size 3

try:
    F.glu(torch.tensor(1.0))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: glu does not support scalars because halving size must be even

try:
    F.glu(torch.ones(2, 4), dim=2)
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
