import torch
import torch.nn.functional as F

identity = torch.tensor([[[1.0, 0.0, 0.0],
                          [0.0, 1.0, 0.0]]])
for corners in (False, True):  # width 4: centers of squares at -0.75, -0.25, 0.25, 0.75 with False
    grid = F.affine_grid(identity, [1, 1, 2, 4], align_corners=corners)
    print(f"align_corners={corners}: x =", grid[0, 0, :, 0], "y =", grid[0, :, 0, 1])
    #> align_corners=False: x = tensor([-0.7500, -0.2500,  0.2500,  0.7500]) y = tensor([-0.5000,  0.5000])
    #> align_corners=True: x = tensor([-1.0000, -0.3333,  0.3333,  1.0000]) y = tensor([-1.,  1.])
torch.manual_seed(0)
image = torch.randn(1, 3, 5, 7)
grid = F.affine_grid(identity, list(image.shape), align_corners=False)
print(torch.allclose(F.grid_sample(image, grid, align_corners=False), image, atol=1e-6))
#> True

# an identity grid of another size resizes: with 'border' padding, exactly as interpolate does
grid = F.affine_grid(identity, [1, 3, 9, 13], align_corners=False)
resized = F.interpolate(image, size=(9, 13), mode="bilinear", align_corners=False)
for padding in ("border", "zeros"):
    print(padding, torch.allclose(F.grid_sample(image, grid, padding_mode=padding, align_corners=False), resized, atol=1e-6))
    #> border True
    #> zeros False
