# snippet-devices: cpu  (the CPU kernels of PyTorch 2.13 treat indices after the last offset in their own ways)
import torch
import torch.nn.functional as F

tokens = torch.tensor([0, 1, 2])
bounds = torch.tensor([0, 2])              # one bag: tokens 0 and 1; token 2 lies after the last offset
for dtype in (torch.float32, torch.float64):
    weight = torch.tensor([[1.0], [5.0], [9.0]], dtype=dtype)
    results = [F.embedding_bag(tokens, weight, bounds, mode=mode, include_last_offset=True).item()
               for mode in ("sum", "mean", "max")]
    print(dtype, results)                  # a bag of rows 0 and 1 would give 6.0, 3.0, 5.0
    #> torch.float32 [6.0, 2.0, 9.0]
    #> torch.float64 [15.0, 5.0, 9.0]
