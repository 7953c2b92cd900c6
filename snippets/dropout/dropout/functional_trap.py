import torch
import torch.nn as nn
import torch.nn.functional as F


class Wrong(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # training defaults to True, whatever model.eval() says


class Right(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


torch.manual_seed(0)
x = torch.ones(1000)
wrong, right = Wrong().eval(), Right().eval()
print(wrong.training, (wrong(x) == 0).any())  # eval mode, yet elements are still dropped
#> False tensor(True)
print(right.training, torch.equal(right(x), x))
#> False True
# Simplest of all: hold an nn.Dropout submodule; model.eval() switches it off.
model = nn.Sequential(nn.Dropout(p=0.5)).eval()
print(torch.equal(model(x), x))
#> True
