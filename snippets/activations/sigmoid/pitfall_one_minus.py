import torch

# 1 - sigmoid(20) cancels to 0 in float32; sigmoid(-20) keeps its value, about 2.06e-09.
z = torch.tensor(20.0)
print(1 - torch.sigmoid(z), torch.sigmoid(-z))
#> tensor(0.) tensor(2.0612e-09)
