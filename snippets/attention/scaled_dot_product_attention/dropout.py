import torch
import torch.nn.functional as F

torch.manual_seed(0)
q, k, v = torch.zeros(4, 2), torch.zeros(5, 2), torch.eye(5)  # uniform weights 1/5 = 0.2

# With dropout_p=0.5 each weight 0.2 is dropped (0) or kept and divided by 1 - 0.5 (0.4).
out = F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
print(torch.unique(out))
#> tensor([0.0000, 0.4000])
print(out.sum(dim=-1).shape)  # the rows no longer sum to 1
#> torch.Size([4])
