# snippet-devices: cpu  (where exp underflows depends on the kernel's handling of subnormal numbers)
import torch
import torch.nn.functional as F

# From which gap d between two logits does log(softmax([0, -d])) become -inf?
for dtype in [torch.float32, torch.float16]:
    naive = [torch.log(F.softmax(torch.tensor([0.0, -d], dtype=dtype), dim=0))[1] for d in range(1, 200)]
    gap = 1 + next(i for i, value in enumerate(naive) if value == float("-inf"))
    print(dtype, gap, F.log_softmax(torch.tensor([0.0, -gap], dtype=dtype), dim=0)[1].item())
    #> torch.float32 104 -104.0
    #> torch.float16 18 -18.0
