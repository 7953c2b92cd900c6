import torch
import torch.nn as nn

bn = nn.LazyBatchNorm1d()
print(bn.weight)
#> <UninitializedParameter>
bn(torch.zeros(4, 7, 3) + torch.arange(4.0).view(4, 1, 1))  # the first call reads C = input.shape[1] = 7
print(type(bn).__name__, bn.num_features, bn.weight.shape, bn.running_mean.shape)
#> BatchNorm1d 7 torch.Size([7]) torch.Size([7])
print(bn.num_batches_tracked)  # the first call is also a training step
#> tensor(1)
