import torch
import torch.nn as nn

x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
print(nn.Softsign()(x))
#> tensor([-0.7500, -0.5000,  0.0000,  0.5000,  0.7500])
# Softsign reaches only 0.75 at 3. Tanh for comparison: the same slope at 0, but much faster saturation.
print(torch.tanh(x))
#> tensor([-0.9951, -0.7616,  0.0000,  0.7616,  0.9951])
# At x = 9 Softsign is still 0.1 away from 1; tanh is within 1e-7 of 1.
nine = torch.tensor(9.0)
print(1 - nn.Softsign()(nine), 1 - torch.tanh(nine) < 1e-7)
#> tensor(0.1000) tensor(True)
