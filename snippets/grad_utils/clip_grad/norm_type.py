import torch
import torch.nn as nn

for norm_type in [2.0, 1.0, float("inf")]:
    weight, bias = nn.Parameter(torch.zeros(2, 2)), nn.Parameter(torch.zeros(1))
    weight.grad, bias.grad = torch.tensor([[3.0, 4.0], [0.0, 0.0]]), torch.tensor([12.0])
    total = nn.utils.clip_grad_norm_([weight, bias], max_norm=1.0, norm_type=norm_type)
    print(norm_type, total.item(), f"{bias.grad.item():.4f}")  # total: sqrt(169), 3 + 4 + 12, max |g|
    #> 2.0 13.0 0.9231
    #> 1.0 19.0 0.6316
    #> inf 12.0 1.0000
