import torch
import torch.nn as nn

weight, bias = nn.Parameter(torch.zeros(2, 2)), nn.Parameter(torch.zeros(1))
weight.grad, bias.grad = torch.tensor([[3.0, 4.0], [0.0, 0.0]]), torch.tensor([12.0])

# The total norm is the norm of all gradients as one vector (3, 4, 0, 0, 12), not one per parameter.
print(torch.linalg.vector_norm(torch.tensor([3.0, 4.0, 0.0, 0.0, 12.0])))
#> tensor(13.)
total = nn.utils.clip_grad_norm_([weight, bias], max_norm=2.6)
print(total)  # returned: the norm before clipping
#> tensor(13.)

# Every gradient is multiplied by the same factor 2.6 / 13 = 0.2.
print(weight.grad, bias.grad)
#> tensor([[0.6000, 0.8000],
#>         [0.0000, 0.0000]]) tensor([2.4000])
print(nn.utils.clip_grad_norm_([weight, bias], max_norm=2.6))  # now about 2.6: nothing more to clip
#> tensor(2.6000)
