import torch
import torch.nn.functional as F

q = torch.tensor([[2.0, 0.0]])              # one query, E = 2
k = torch.tensor([[1.0, 0.0], [0.0, 1.0]])  # scores q @ k.T = [2, 0]
v = torch.eye(2)                            # the output is the weights

print(F.scaled_dot_product_attention(q, k, v))  # default scale 1 / sqrt(2)
#> tensor([[0.8044, 0.1956]])
print(torch.softmax(torch.tensor([2.0, 0.0]) / 2 ** 0.5, dim=0))
#> tensor([0.8044, 0.1956])
print(F.scaled_dot_product_attention(q, k, v, scale=1.0))  # scores used as they are
#> tensor([[0.8808, 0.1192]])
print(F.scaled_dot_product_attention(q, k, v, scale=0.0))  # every score 0: uniform weights
#> tensor([[0.5000, 0.5000]])

try:
    F.scaled_dot_product_attention(q, k, v, None, 0.0, False, 1.0)  # scale given by position
except TypeError as error:
    print(type(error).__name__, error)
    #> TypeError scaled_dot_product_attention() takes from 3 to 6 positional arguments but 7 were given
