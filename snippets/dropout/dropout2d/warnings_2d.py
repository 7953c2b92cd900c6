import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
for shape in [(2, 4, 10), (4, 10)]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        F.dropout2d(torch.randn(shape))
    message = str(caught[0].message)
    print(shape, message.split(" Note that")[0].split(" This behavior")[0])
    #> (2, 4, 10) dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim.
    #> (4, 10) dropout2d: Received a 2-D input to dropout2d, which is deprecated and will result in an error in a future release. To retain the behavior and silence this warning, please use dropout instead.
