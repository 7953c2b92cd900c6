import torch

values, indices = torch.tensor([3.0, 1.0, 2.0]).sort()
print((values, indices))
#> (tensor([1., 2., 3.]), tensor([1, 2, 0]))
print("max:", values.max(), "at index", indices[-1].item())
#> max: tensor(3.) at index 0
print(
    values.mean(),
    values.shape,
    sep=" | ",
)
#> tensor(2.) | torch.Size([3])
