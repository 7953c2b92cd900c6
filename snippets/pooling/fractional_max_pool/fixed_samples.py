import torch
import torch.nn.functional as F

x = torch.arange(1.0, 50.0).reshape(1, 1, 7, 7)  # values grow along rows and columns
for u in [0.0, 0.3, 0.7, 0.9]:
    samples = torch.tensor([[[u, 0.0]]])  # (N, C, 2): u for the width, 0 for the height
    out, idx = F.fractional_max_pool2d(x, 2, output_size=3, return_indices=True, _random_samples=samples)
    columns = (idx[0, 0, 0] % 7 - 1).tolist()  # each maximum is its window's last column
    print(u, columns, out[0, 0, 0].tolist())
    #> 0.0 [0, 2, 5] [9.0, 11.0, 14.0]
    #> 0.3 [0, 3, 5] [9.0, 12.0, 14.0]
    #> 0.7 [0, 3, 5] [9.0, 12.0, 14.0]
    #> 0.9 [0, 2, 5] [9.0, 11.0, 14.0]
