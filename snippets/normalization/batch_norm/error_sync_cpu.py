# snippet-devices: cpu  (the error is about CPU inputs: a GPU input is accepted)
import torch
import torch.distributed as dist
import torch.nn as nn

# A one-process group, kept in memory: enough for SyncBatchNorm to try to synchronize.
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
try:
    sync = nn.SyncBatchNorm(2)
    try:
        sync(torch.tensor([[1.0, 10.0], [3.0, 30.0]]))  # training mode, CPU input
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: SyncBatchNorm expected input tensor to be on GPU or XPU or privateuseone
    print(sync.eval()(torch.tensor([[1.0, 10.0], [3.0, 30.0]])))  # eval mode never synchronizes
    #> tensor([[ 1.0000, 10.0000],
    #>         [ 3.0000, 29.9998]], grad_fn=<NativeBatchNormBackward0>)
finally:
    dist.destroy_process_group()
