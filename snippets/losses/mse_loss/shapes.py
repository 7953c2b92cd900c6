import torch
import torch.nn.functional as F

# Element-wise: any shape, input and target the same.
for shape in [(), (4,), (2, 3), (2, 1, 2, 2)]:
    x = torch.arange(1.0, 1.0 + torch.Size(shape).numel()).reshape(shape)
    y = torch.zeros(shape)
    print(shape, F.mse_loss(x, y, reduction="none").shape, F.mse_loss(x, y))
    #> () torch.Size([]) tensor(1.)
    #> (4,) torch.Size([4]) tensor(7.5000)
    #> (2, 3) torch.Size([2, 3]) tensor(15.1667)
    #> (2, 1, 2, 2) torch.Size([2, 1, 2, 2]) tensor(25.5000)

# Mixed floating dtypes are promoted.
print(F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0], dtype=torch.float64)))
#> tensor(2.5000, dtype=torch.float64)
