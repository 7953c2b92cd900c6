import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.LogSoftmax(dim=1))  # outputs log-probabilities
inputs, target = torch.randn(8, 4), torch.tensor([0, 2, 1, 0, 1, 2, 2, 0])  # 8 samples, 8 class indices
log_probs = model(inputs)
loss = nn.NLLLoss()(log_probs, target)             # LogSoftmax + NLLLoss = CrossEntropyLoss
loss.backward()
print(log_probs.shape, target.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8]) torch.Size([])
# every entry is <= 0, and the exponentials of each row sum to 1
print((log_probs <= 0).all().item(), torch.allclose(log_probs.exp().sum(dim=1), torch.ones(8)))
#> True True
