import torch
import torch.distributed as dist
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU(),
                      nn.Conv2d(8, 8, 3), nn.BatchNorm2d(8))
old_bn = model[1]
old_bn.eval()  # e.g. frozen for fine-tuning

# The conversion is a module swap: no process group is needed for it.
print(dist.is_initialized())
#> False
model = nn.SyncBatchNorm.convert_sync_batchnorm(model)
print([type(m).__name__ for m in model])
#> ['Conv2d', 'SyncBatchNorm', 'ReLU', 'Conv2d', 'SyncBatchNorm']

# The new modules reuse the old parameters and buffers and keep their train/eval mode.
new_bn = model[1]
print(new_bn.weight is old_bn.weight, new_bn.running_mean is old_bn.running_mean, new_bn.training)
#> True True False
