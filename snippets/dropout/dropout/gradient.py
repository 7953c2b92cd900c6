# snippet-devices: cpu  (the printed mask comes from the CPU generator; the CUDA generator draws a different mask)
import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], requires_grad=True)
torch.manual_seed(1)
y = F.dropout(x, p=0.5)
y.sum().backward()
print(y)
#> tensor([ 2.,  4.,  6.,  8.,  0., 12.], grad_fn=<MulBackward0>)
# The gradient is the same mask times 1 / (1 - p): 0 where dropped, 2 where kept.
print(x.grad)
#> tensor([2., 2., 2., 2., 0., 2.])
