import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])
loss_fn = nn.CrossEntropyLoss()

print(loss_fn(logits, target))
#> tensor(0.6216)
# Softmax applied twice: no error, but a different, flatter loss and smaller gradients.
print(loss_fn(logits.softmax(dim=1), target))
#> tensor(0.8834)

# The gradient reaching the logits is about three times smaller.
for squash in [False, True]:
    x = logits.clone().requires_grad_()
    loss_fn(x.softmax(dim=1) if squash else x, target).backward()
    print(squash, x.grad.abs().max())
    #> False tensor(0.3164)
    #> True tensor(0.1142)
