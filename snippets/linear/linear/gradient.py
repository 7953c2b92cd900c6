import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 0.0, -1.0], [2.0, 1.0, 0.0]], requires_grad=True)
W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
b = torch.tensor([0.5, -0.5], requires_grad=True)
F.linear(x, W, b).sum().backward()
# d(sum y)/dx = ones @ W: each row is the column sums of W.
print(x.grad)
#> tensor([[5., 7., 9.],
#>         [5., 7., 9.]])
# d(sum y)/dW = ones^T @ x: each row is the sum of the input rows.
print(W.grad)
#> tensor([[ 3.,  1., -1.],
#>         [ 3.,  1., -1.]])
# d(sum y)/db = number of rows.
print(b.grad)
#> tensor([2., 2.])
