import torch
import torch.nn as nn

torch.manual_seed(0)
# A policy network whose actions must stay in (-1, 1): Tanh as the last layer.
policy = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2), nn.Tanh())
states = torch.randn(8, 4)                 # a batch of 8 states
actions = policy(states)
print(states.shape, actions.shape)
#> torch.Size([8, 4]) torch.Size([8, 2])
print(actions.abs().max() < 1)
#> tensor(True)
