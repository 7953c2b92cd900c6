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
