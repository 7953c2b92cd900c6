import torch
import torch.nn as nn
import torch.nn.functional as F

model = nn.Linear(2, 1)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[1.0], [2.0]])

# Common mistake: rebuilding the loss from a number. backward() runs, but the graph is gone.
loss = torch.tensor(F.mse_loss(model(x), y).item(), requires_grad=True)
loss.backward()
print(loss.grad_fn, model.weight.grad)
#> None None

# Confirm: a loss that reaches the model has a grad_fn, and backward fills the .grad fields.
loss = F.mse_loss(model(x), y)
loss.backward()
print(loss.grad_fn is not None, model.weight.grad is not None)
#> True True

# A forward pass under torch.no_grad() fails loudly instead.
with torch.no_grad():
    loss = F.mse_loss(model(x), y)
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError element 0 of tensors does not require grad and does not have a grad_fn
