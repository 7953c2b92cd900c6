import torch
import torch.nn.functional as F

try:
    F.softmax(torch.zeros(2, 3), dim=2)  # valid dims: -2, -1, 0, 1
except IndexError as error:
    print(f"{type(error).__name__}: {error}")
    #> IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
