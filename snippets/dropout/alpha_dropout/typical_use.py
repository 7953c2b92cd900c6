import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 64), nn.SELU(), nn.AlphaDropout(p=0.1), nn.Linear(64, 10))
for layer in (model[0], model[3]):
    nn.init.kaiming_normal_(layer.weight, nonlinearity="linear")  # LeCun normal: variance 1 / fan_in
x = torch.randn(256, 64)  # a batch of 256 samples
print(model.train()(x).shape, torch.equal(model(x), model(x)))  # training: a new mask on every call
#> torch.Size([256, 10]) False
print(torch.equal(model.eval()(x), model(x)))  # evaluation: AlphaDropout does nothing
#> True
