import torch
import torch.nn.functional as F

W = 4
x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0])    # normalized coordinates
print((x + 1) / 2 * (W - 1))                     # pixel index, align_corners=True
#> tensor([0.0000, 0.7500, 1.5000, 2.2500, 3.0000])
print(((x + 1) * W - 1) / 2)                     # pixel index, align_corners=False
#> tensor([-0.5000,  0.5000,  1.5000,  2.5000,  3.5000])

row = torch.tensor([[[[10.0, 20.0, 30.0, 40.0]]]])
left_edge = torch.tensor([[[[-1.0, 0.0]]]])      # x = -1, y = 0
for corners in (True, False):
    for padding in ("zeros", "border"):
        value = F.grid_sample(row, left_edge, padding_mode=padding, align_corners=corners).item()
        print(f"align_corners={corners}, {padding}: {value}")
        #> align_corners=True, zeros: 10.0
        #> align_corners=True, border: 10.0
        #> align_corners=False, zeros: 5.0
        #> align_corners=False, border: 10.0
