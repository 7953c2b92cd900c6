import torch
import torch.nn.functional as F

# Dissimilar pairs only: they cost something while closer than the margin.
distance = torch.tensor([0.2, 0.9, 1.5, 2.5])
y = -torch.ones(4)

for margin in [1.0, 2.0]:
    print(margin, F.hinge_embedding_loss(distance, y, margin=margin, reduction="none"))
    #> 1.0 tensor([0.8000, 0.1000, 0.0000, 0.0000])
    #> 2.0 tensor([1.8000, 1.1000, 0.5000, 0.0000])
