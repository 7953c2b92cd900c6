# snippet-devices: cpu  (a bug of the CPU kernel in PyTorch 2.13; CUDA divides by the right counts)
import torch
import torch.nn.functional as F

tokens = torch.tensor([1, 1, 3])           # index 1 twice, index 3 once
offsets = torch.tensor([0])
weight = torch.ones(4, 1, requires_grad=True)
F.embedding_bag(tokens, weight, offsets, mode="sum", scale_grad_by_freq=True).sum().backward()
print(weight.grad.flatten())               # row 3 occurs once, yet is divided by 2
#> tensor([0.0000, 1.0000, 0.0000, 0.5000])

weight.grad = None
F.embedding(tokens, weight, scale_grad_by_freq=True).sum().backward()
print(weight.grad.flatten())               # the same indices through F.embedding: 1 for both rows
#> tensor([0., 1., 0., 1.])
