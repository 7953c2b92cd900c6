import warnings

import torch
import torch.nn as nn

warnings.simplefilter("ignore")  # Dropout2d warns about 3-D input; what it actually does is shown below
torch.manual_seed(0)
x = torch.ones(4, 8, 8)  # meant as one unbatched image: (C, H, W)
y = nn.Dropout2d(p=0.5)(x)
# It is read as (N, C, L): every one of the 4 * 8 rows is dropped on its own ...
rows = y.flatten(0, 1)
print(((rows == 0).all(-1) | (rows == 2).all(-1)).all())
#> tensor(True)
# ... so the 4 channels are not dropped as wholes.
channels = y.flatten(1)
print(((channels == 0).all(-1) | (channels == 2).all(-1)).all())
#> tensor(False)

# Add the batch dimension to get channel dropout: (1, C, H, W).
z = nn.Dropout2d(p=0.5)(x.unsqueeze(0)).squeeze(0).flatten(1)
print(((z == 0).all(-1) | (z == 2).all(-1)).all())
#> tensor(True)
