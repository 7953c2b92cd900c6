import torch
import torch.nn.functional as F

y = torch.tensor([1.0, -1.0, -1.0])
for scores, target in [
    (torch.tensor([[0.8], [-1.2], [0.3]]), y),  # (N, 1) classifier output, (N) labels
    (torch.tensor([0.8, -1.2, 0.3]), y[:, None]),  # (N) scores, (N, 1) labels
    (torch.tensor([0.8, -1.2, 0.3]), y[:2]),  # different lengths
]:
    try:
        F.soft_margin_loss(scores, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: output with shape [3, 1] doesn't match the broadcast shape [3, 3]
        #> RuntimeError: output with shape [3] doesn't match the broadcast shape [3, 3]
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
