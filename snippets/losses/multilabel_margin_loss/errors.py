import torch
import torch.nn.functional as F

x = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
for target in [
    torch.tensor([[3, 0, -1]]),          # target must have the input's shape
    torch.tensor([[3.0, 0.0, -1.0, 1.0]]),  # class indices must be int64
]:
    try:
        F.multilabel_margin_loss(x, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: inconsistent target size: [1, 3] for input of size: [1, 4]
        #> RuntimeError: expected scalar type Long but found Float
