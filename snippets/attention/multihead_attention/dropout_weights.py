import torch
import torch.nn as nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=4, num_heads=1, dropout=0.5, batch_first=True)
x = torch.zeros(1, 4, 4)  # zero inputs: uniform weights 1/4 = 0.25

_, weights = mha(x, x, x)  # training mode: the returned weights are the dropped-out ones
print(torch.unique(weights))
#> tensor([0.0000, 0.5000], grad_fn=<Unique2Backward0>)
mha.eval()                 # the module turns dropout off in evaluation mode
_, weights = mha(x, x, x)
print(torch.unique(weights))
#> tensor([0.2500], grad_fn=<Unique2Backward0>)
