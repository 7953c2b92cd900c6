import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 3)                        # 3 independent yes/no labels, raw scores
inputs = torch.randn(8, 4)                     # a batch of 8 samples
target = torch.randint(0, 2, (8, 3)).float()   # 0 or 1 per label, as floats

logits = model(inputs)                         # no sigmoid: the loss applies it
loss = nn.BCEWithLogitsLoss()(logits, target)  # mean over all 8 * 3 elements
loss.backward()
print(logits.shape, target.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8, 3]) torch.Size([])
