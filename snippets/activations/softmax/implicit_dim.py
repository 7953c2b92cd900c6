import warnings

import torch
import torch.nn.functional as F

# Which dim does F.softmax(x) pick when dim is None? Compare with every explicit choice.
for ndim in range(6):
    x = torch.arange(2.0**ndim).reshape((2,) * ndim)  # a different result along every dim
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        implicit = F.softmax(x)
    matches = [d for d in range(max(ndim, 1)) if torch.equal(implicit, F.softmax(x, dim=d))]
    print(f"{ndim}-D input: dim={matches}, warnings: {[w.category.__name__ for w in caught]}")
    #> 0-D input: dim=[0], warnings: ['UserWarning']
    #> 1-D input: dim=[0], warnings: ['UserWarning']
    #> 2-D input: dim=[1], warnings: ['UserWarning']
    #> 3-D input: dim=[0], warnings: ['UserWarning']
    #> 4-D input: dim=[1], warnings: ['UserWarning']
    #> 5-D input: dim=[1], warnings: ['UserWarning']
