import torch
import torch.nn.functional as F

# group_norm runs batch_norm's size check on [N * C // G, G, *spatial]: it refuses N * C // G * spatial == 1
# although group norm has no training mode and the batch size plays no part in its statistics.
try:
    F.group_norm(torch.tensor([[1.0, 2.0, 3.0, 4.0]]), 4)
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected more than 1 value per channel when training, got input size [1, 4]
# With two samples the check passes, yet each group still holds a single value: everything becomes 0
# (then the bias), whatever the input.
print(F.group_norm(torch.tensor([[1.0, 2.0, 4.0, 8.0], [0.5, 16.0, 32.0, 64.0]]), 4))
#> tensor([[0., 0., 0., 0.],
#>         [0., 0., 0., 0.]])
