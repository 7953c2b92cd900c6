import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
target = torch.tensor([[0.0, 2.0], [5.0, 3.0]])

# All four combinations: the module converts them once into a reduction string and warns.
for size_average in (True, False):
    for reduce in (True, False):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loss_fn = nn.L1Loss(size_average=size_average, reduce=reduce)
        print(f"size_average={size_average!s:<5} reduce={reduce!s:<5} -> {loss_fn.reduction!r:<7}",
              caught[0].category.__name__, caught[0].message)
        #> size_average=True  reduce=True  -> 'mean'  UserWarning size_average and reduce args will be deprecated, please use reduction='mean' instead.
        #> size_average=True  reduce=False -> 'none'  UserWarning size_average and reduce args will be deprecated, please use reduction='none' instead.
        #> size_average=False reduce=True  -> 'sum'   UserWarning size_average and reduce args will be deprecated, please use reduction='sum' instead.
        #> size_average=False reduce=False -> 'none'  UserWarning size_average and reduce args will be deprecated, please use reduction='none' instead.

# Only one given: the other counts as True.
for kwargs in (dict(size_average=True), dict(size_average=False), dict(reduce=True), dict(reduce=False)):
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        print(kwargs, "->", repr(nn.L1Loss(**kwargs).reduction))
        #> {'size_average': True} -> 'mean'
        #> {'size_average': False} -> 'sum'
        #> {'reduce': True} -> 'mean'
        #> {'reduce': False} -> 'none'

# The functional forms convert the same way: identical values.
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    print(F.l1_loss(pred, target, size_average=True, reduce=True), F.l1_loss(pred, target, reduction="mean"))
    #> tensor(1.) tensor(1.)
    print(F.l1_loss(pred, target, size_average=False, reduce=True), F.l1_loss(pred, target, reduction="sum"))
    #> tensor(4.) tensor(4.)
    print(F.l1_loss(pred, target, size_average=True, reduce=False).equal(
          F.l1_loss(pred, target, size_average=False, reduce=False)))
    #> True
    print(F.l1_loss(pred, target, size_average=False, reduce=False), F.l1_loss(pred, target, reduction="none"))
    #> tensor([[1., 0.],
    #>         [2., 1.]]) tensor([[1., 0.],
    #>         [2., 1.]])
