import torch
import torch.nn.functional as F

inf, nan = float("inf"), float("nan")
# -inf is a weight of exactly 0 (attention masks rely on it); a fully masked row is nan,
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
# Masking with the most negative finite value instead: a fully masked row becomes uniform, not nan.
masked = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]).masked_fill(
    torch.tensor([[False, False, True], [True, True, True]]), torch.finfo(torch.float32).min)
print(F.softmax(masked, dim=1))
#> tensor([[0.2689, 0.7311, 0.0000],
#>         [0.3333, 0.3333, 0.3333]])
# +inf or nan anywhere in a slice makes the whole slice nan; other slices are unaffected.
print(F.softmax(torch.tensor([[0.0, inf], [1.0, nan], [1.0, 2.0]]), dim=1))
#> tensor([[   nan,    nan],
#>         [   nan,    nan],
#>         [0.2689, 0.7311]])
# 0-d input: dim 0 or -1, result 1. Empty input: empty output.
print(F.softmax(torch.tensor(5.0), dim=0), F.softmax(torch.empty(2, 0), dim=1).shape)
#> tensor(1.) torch.Size([2, 0])
