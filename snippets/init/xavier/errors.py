import torch.nn as nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
try:
    for p in model.parameters():
        nn.init.xavier_uniform_(p)  # the biases are 1-D: they have no fan-in and fan-out
except ValueError as error:
    print(type(error).__name__, error)
    #> ValueError Fan in and fan out can not be computed for tensor with fewer than 2 dimensions

for name, p in model.named_parameters():
    if p.dim() > 1:
        nn.init.xavier_uniform_(p)
    else:
        nn.init.zeros_(p)
print([name for name, p in model.named_parameters() if p.abs().sum() == 0])
#> ['0.bias', '2.bias']
