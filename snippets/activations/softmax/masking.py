import torch
import torch.nn.functional as F

inf = float("inf")
# Attention-style masking: -inf is a weight of exactly 0. A fully masked row is nan,
# and so is its gradient.
scores = torch.tensor([[0.0, 1.0, -inf],
                       [-inf, -inf, -inf]], requires_grad=True)
weights = F.softmax(scores, dim=1)
print(weights)
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [   nan,    nan,    nan]], grad_fn=<SoftmaxBackward0>)
weights.backward(torch.tensor([[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]))
print(scores.grad)
#> tensor([[ 0.1966, -0.1966, -0.0000],
#>         [    nan,     nan,     nan]])
# Masking with the most negative finite value instead: the partly masked row is unchanged,
# and the fully masked row becomes uniform instead of nan.
masked = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]).masked_fill(
    torch.tensor([[False, False, True], [True, True, True]]), torch.finfo(torch.float32).min)
print(F.softmax(masked, dim=1))
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [0.3333, 0.3333, 0.3333]])
