import torch
import torch.nn as nn

mha = nn.MultiheadAttention(embed_dim=4, num_heads=2, add_bias_kv=True, add_zero_attn=True, batch_first=True)
print(mha.bias_k.shape, mha.bias_v.shape)  # one learned key and value, shared by the batch
#> torch.Size([1, 1, 4]) torch.Size([1, 1, 4])

x = torch.zeros(1, 3, 4)  # zero queries: equal scores over the keys a query may see
_, weights = mha(x, x, x)
print(weights.shape)  # S + 2 keys: the 3 inputs, bias_k and the zero key
#> torch.Size([1, 3, 5])

# Keys that are all padding: the two added keys are never masked, so no nan.
_, weights = mha(x, x, x, key_padding_mask=torch.tensor([[True, True, True]]))
print(weights[0, 0])
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 0.5000], grad_fn=<SelectBackward0>)
