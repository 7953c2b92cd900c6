import torch
import torch.nn as nn

bn = nn.BatchNorm1d(2, momentum=1.0)  # momentum=1: the buffers keep only the last batch's statistics
train_batch = torch.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 50.0]])
bn(train_batch)
print(bn.running_mean, bn.running_var)  # mean, and the unbiased variance
#> tensor([ 3., 30.]) tensor([  4., 400.])

bn.eval()
print(bn(torch.tensor([[5.0, 50.0]])))  # (5 - 3) / sqrt(4 + eps); a batch of one is fine in eval mode
#> tensor([[1.0000, 1.0000]], grad_fn=<NativeBatchNormBackward0>)
before = bn.running_mean.clone()
bn(torch.tensor([[100.0, 100.0], [200.0, 200.0]]))
print(torch.equal(before, bn.running_mean))  # eval mode does not update the buffers
#> True

# In eval mode the layer is a fixed per-channel affine map: y = x * scale + shift.
scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
shift = bn.bias - bn.running_mean * scale
print(torch.allclose(bn(train_batch), train_batch * scale + shift, atol=1e-6))
#> True

# torch.no_grad() does not switch modes: in train mode the buffers are still updated.
bn.train()
with torch.no_grad():
    bn(torch.tensor([[100.0, 100.0], [200.0, 200.0]]))
print(bn.running_mean)
#> tensor([150., 150.])
