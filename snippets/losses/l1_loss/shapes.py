import torch
import torch.nn.functional as F

# The loss is element-wise: any shape works as long as input and target match.
for shape in [(), (4,), (2, 3), (2, 1, 2, 2)]:
    x = torch.arange(1.0, 1.0 + torch.Size(shape).numel()).reshape(shape)
    y = torch.zeros(shape)
    print(shape, F.l1_loss(x, y, reduction="none").shape, F.l1_loss(x, y))
    #> () torch.Size([]) tensor(1.)
    #> (4,) torch.Size([4]) tensor(2.5000)
    #> (2, 3) torch.Size([2, 3]) tensor(3.5000)
    #> (2, 1, 2, 2) torch.Size([2, 1, 2, 2]) tensor(4.5000)

# Mixed floating dtypes are promoted.
print(F.l1_loss(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0], dtype=torch.float64)))
#> tensor(1.5000, dtype=torch.float64)
