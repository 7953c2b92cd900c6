import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(1000)
y = F.dropout(x, p=0.5, inplace=True)
print(y is x, (x == 0).any(), x.max())  # x itself now holds the zeros and the 2.0s
#> True tensor(True) tensor(2.)

# A leaf that requires grad cannot be modified in place.
w = torch.ones(3, requires_grad=True)
try:
    F.dropout(w, p=0.5, inplace=True)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.

# In place after an op that saved its output for backward (sigmoid, exp, tanh) breaks the graph.
for op in (torch.sigmoid, torch.exp, torch.tanh):
    a = torch.ones(6, requires_grad=True)
    h = op(a)
    F.dropout(h, p=0.5, inplace=True)
    try:
        h.sum().backward()
    except RuntimeError as error:
        print(f"{op.__name__}: RuntimeError: {str(error).split(':')[0]}")
        #> sigmoid: RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
        #> exp: RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation
        #> tanh: RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation

# After an op whose backward does not need its output (here a multiplication by a constant) it is fine.
b = torch.ones(6, requires_grad=True)
F.dropout(b * 2, p=0.5, inplace=True).sum().backward()
print(b.grad.shape)
#> torch.Size([6])
