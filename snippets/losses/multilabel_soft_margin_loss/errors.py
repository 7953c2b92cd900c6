import torch
import torch.nn.functional as F

logits = torch.tensor([[1.5, -0.5, 2.0, -1.0],
                       [-0.3, 0.8, -2.0, 0.4]])
try:  # 3 labels for 4 classes
    F.multilabel_soft_margin_loss(logits, torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1

try:  # one weight too few
    F.multilabel_soft_margin_loss(logits, torch.zeros(2, 4), weight=torch.ones(3))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: The size of tensor a (4) must match the size of tensor b (3) at non-singleton dimension 1

try:
    F.multilabel_soft_margin_loss(logits, torch.zeros(2, 4), reduction="batchmean")
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: batchmean is not valid
