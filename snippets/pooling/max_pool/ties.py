# snippet-devices: cpu  (the tie rule shown is the CPU kernels'; CUDA's is not documented)
import torch
import torch.nn.functional as F

nan = float("nan")
for row in [[3.0, 1.0, 3.0, 2.0], [3.0, nan, 1.0, nan]]:
    x = torch.tensor([[row]], requires_grad=True)
    value, index = F.max_pool1d(x, 4, return_indices=True)
    value.sum().backward()
    print(value.item(), index.item(), x.grad.flatten().tolist())
    #> 3.0 0 [1.0, 0.0, 0.0, 0.0]
    #> nan 3 [0.0, 0.0, 0.0, 1.0]
