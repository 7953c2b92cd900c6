import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Linear(8, 4)                  # an item -> a 4-dim embedding
# a batch of 6 triplets: anchor, an item of the same class, an item of another class
anchor, positive, negative = torch.randn(6, 8), torch.randn(6, 8), torch.randn(6, 8)

a, p, n = encoder(anchor), encoder(positive), encoder(negative)  # (6, 4) each
loss = nn.TripletMarginLoss(margin=1.0)(a, p, n)
loss.backward()
print(a.shape, p.shape, n.shape, loss.shape)
#> torch.Size([6, 4]) torch.Size([6, 4]) torch.Size([6, 4]) torch.Size([])
