import torch
import torch.nn.functional as F

for shape in [(1, 1, 2, 2), (8, 8)]:
    try:
        F.max_pool2d(torch.zeros(shape), 3)
    except RuntimeError as error:
        print(error)
        #> Given input size: (1x2x2). Calculated output size: (1x0x0). Output size is too small
        #> non-empty 3D or 4D (batch mode) tensor expected for input
