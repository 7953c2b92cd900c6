import torch
import torch.nn.functional as F

running_mean, running_var = torch.zeros(2), torch.ones(2)
out = F.instance_norm(torch.empty(0, 2, 5), running_mean, running_var)
# Averaging the per-sample updates over no sample at all gives nan, and the buffers keep it.
print(out.shape, running_mean, running_var)
#> torch.Size([0, 2, 5]) tensor([nan, nan]) tensor([nan, nan])
F.instance_norm(torch.tensor([[[1.0, 3.0], [0.0, 4.0]]]), running_mean, running_var)
print(running_mean, running_var)  # (1 - momentum) * nan + ... stays nan
#> tensor([nan, nan]) tensor([nan, nan])
