import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 5)                        # 5 labels, one raw score each
inputs = torch.randn(8, 4)                     # a batch of 8 samples
target = torch.randint(0, 2, (8, 5)).float()   # multi-hot: any number of labels per sample

logits = model(inputs)                         # no sigmoid: the loss applies it
loss = nn.MultiLabelSoftMarginLoss()(logits, target)  # mean over labels, then over samples
loss.backward()
print(logits.shape, target.shape, loss.shape)
#> torch.Size([8, 5]) torch.Size([8, 5]) torch.Size([])
