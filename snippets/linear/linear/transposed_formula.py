import torch
import torch.nn as nn

# nn.Linear(20, 30) on a batch of 12 samples, with evenly spaced parameters and input instead of random ones.
m = nn.Linear(20, 30)
with torch.no_grad():
    m.weight.copy_(torch.linspace(-1.0, 1.0, 600).reshape(30, 20))
    m.bias.fill_(0.1)
x = torch.linspace(-1.0, 1.0, 240).reshape(12, 20)
y = m(x)
print(y.shape, m.weight.shape)  # weight is (out_features, in_features) = (30, 20)
#> torch.Size([12, 30]) torch.Size([30, 20])
print(y[0, :3])
#> tensor([17.9447, 16.7153, 15.4859], grad_fn=<SliceBackward0>)
print(torch.allclose(y, x @ m.weight.T + m.bias, atol=1e-6))  # y = x A^T + b
#> True

# Written as y = A x + b, with x of shape (12, 20), the product does not exist:
try:
    m.weight @ x
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (30x20 and 12x20)
# A x holds for one sample stored as a column vector, that is, for the transposed layout:
print(torch.allclose((m.weight @ x.T).T + m.bias, y, atol=1e-6))
#> True
