import torch
import torch.distributed as dist
import torch.nn as nn

print(dist.is_initialized())
#> False
x = torch.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 50.0]])
sync, plain = nn.SyncBatchNorm(2), nn.BatchNorm1d(2)
# Without a process group there is nothing to synchronize: it falls back to ordinary batch norm.
print(torch.equal(sync(x), plain(x)), torch.equal(sync.running_var, plain.running_var))
#> True True
try:
    sync(torch.tensor([1.0, 2.0]))  # it accepts (N, C, *) of any rank from 2 up, and nothing smaller
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: expected at least 2D input (got 1D input)

# Swapping the BatchNorm layers of a model, e.g. before wrapping it in DistributedDataParallel:
model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU())
print(nn.SyncBatchNorm.convert_sync_batchnorm(model)[1])
#> SyncBatchNorm(8, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
