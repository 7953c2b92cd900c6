import torch
import torch.nn as nn

head = nn.Sequential(nn.Flatten(), nn.Linear(3 * 4 * 4, 10))
image = torch.zeros(3, 4, 4)                      # one image, no batch dimension
print(nn.Flatten()(image).shape)                  # (3, 16): dimension 0 is taken for the batch
#> torch.Size([3, 16])
try:
    head(image)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x16 and 48x10)
print(head(image[None]).shape, nn.Flatten(0)(image).shape)
#> torch.Size([1, 10]) torch.Size([48])
