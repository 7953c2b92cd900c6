import torch.nn as nn

bn = nn.BatchNorm3d(3)
# The learnable parameters are `weight` (gamma, initialized to 1) and `bias` (beta, initialized to 0).
for name, value in bn.named_parameters():
    print(name, value.data)
    #> weight tensor([1., 1., 1.])
    #> bias tensor([0., 0., 0.])
print([name for name, _ in bn.named_buffers()])
#> ['running_mean', 'running_var', 'num_batches_tracked']
print(list(nn.BatchNorm3d(3, affine=False).parameters()))
#> []
print([name for name, _ in nn.BatchNorm3d(3, bias=False).named_parameters()])  # gamma only
#> ['weight']
