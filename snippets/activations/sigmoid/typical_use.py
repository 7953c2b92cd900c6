import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 3)                         # 3 independent labels (multi-label)
inputs, target = torch.randn(8, 4), torch.randint(0, 2, (8, 3)).float()
logits = model(inputs)
loss = nn.BCEWithLogitsLoss()(logits, target)   # train on the logits
probs = torch.sigmoid(logits)                   # probabilities, for prediction only
print(logits.shape, probs.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8, 3]) torch.Size([])
print(((probs > 0) & (probs < 1)).all())         # each entry on its own in (0, 1)
#> tensor(True)
