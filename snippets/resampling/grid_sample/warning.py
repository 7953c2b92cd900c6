import warnings

import torch
import torch.nn.functional as F

image = torch.zeros(1, 1, 4, 4)
grid = torch.zeros(1, 2, 2, 2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.grid_sample(image, grid)  # align_corners left out
print(caught[0].category.__name__, caught[0].message)
#> UserWarning Default grid_sample and affine_grid behavior has changed to align_corners=False since 1.3.0. Please specify align_corners=True if the old behavior is desired. See the documentation of grid_sample for details.
