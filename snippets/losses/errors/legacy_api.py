import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 4.0])
y = torch.tensor([0.0, 0.0, 0.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_mean = F.smooth_l1_loss(x, y, reduction="elementwise_mean")  # a pre-1.0 name
    per_element = nn.L1Loss(reduce="none")                           # reduce is a bool, not a reduction
    scores = torch.tensor([[[1.0, 2.0], [0.0, 1.0], [3.0, 0.5]],
                           [[0.5, 0.5], [2.0, 1.0], [1.0, 1.0]]])   # (N=2, C=3, T=2)
    log_probs = nn.LogSoftmax()(scores)                              # no dim
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: reduction='elementwise_mean' is deprecated. Please use reduction='mean' instead.
    #> UserWarning: size_average and reduce args will be deprecated, please use reduction='mean' instead.
    #> UserWarning: Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.

# With no dim, a 3-D input is normalized over dim 0, the batch, not over the classes.
print(torch.equal(log_probs, scores.log_softmax(dim=0)), torch.equal(log_probs, scores.log_softmax(dim=1)))
#> True False
print(old_mean)
#> tensor(1.8333)
# reduce='none' is a non-empty string, so it counts as reduce=True: the module averages.
print(per_element.reduction, per_element(x, y))
#> mean tensor(2.3333)
print(nn.L1Loss(reduction="none")(x, y))
#> tensor([1., 2., 4.])

# Not every loss accepts the old name: some reject it.
for call in [lambda: F.poisson_nll_loss(x, y, reduction="elementwise_mean"),
             lambda: F.gaussian_nll_loss(x, y, torch.ones(3), reduction="elementwise_mean")]:
    try:
        call()
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: elementwise_mean is not a valid value for reduction
        #> ValueError: elementwise_mean is not valid
