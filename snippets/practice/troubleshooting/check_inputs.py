import torch
import torch.nn as nn

# One nan in the data makes the whole loss nan, and every gradient of the layer with it.
x = torch.tensor([[0.5, 1.0], [float("nan"), 2.0], [1.5, -0.5]])
y = torch.tensor([1.0, 2.0, 0.5])
model = nn.Linear(2, 1)
loss = nn.functional.mse_loss(model(x).squeeze(1), y)
loss.backward()
print(loss, model.weight.grad)
#> tensor(nan, grad_fn=<MseLossBackward0>) tensor([[nan, nan]])

# Confirm: look for non-finite values in the batch before the forward pass.
print(torch.isfinite(x).all(), (~torch.isfinite(x)).nonzero().tolist())
#> tensor(False) [[1, 0]]
