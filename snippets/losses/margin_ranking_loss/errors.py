import torch
import torch.nn.functional as F

for x1, x2, target in [
    (torch.ones(3, 2), torch.ones(3, 2), torch.ones(3)),     # (N, D) scores with an (N) target
    (torch.ones(3, 1), torch.ones(3, 1), torch.ones(3)),     # (N, 1) model output with an (N) target
    (torch.ones(3), torch.ones(4), torch.ones(3)),           # different lengths
    (torch.ones(3), torch.ones(3), torch.tensor([True, False, True])),  # bool target
]:
    try:
        F.margin_ranking_loss(x1, x2, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size([3, 2]), input2: torch.Size([3, 2]), target: torch.Size([3])
        #> RuntimeError: margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size([3, 1]), input2: torch.Size([3, 1]), target: torch.Size([3])
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0
        #> RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.
