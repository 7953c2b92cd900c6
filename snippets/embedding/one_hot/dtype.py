import torch
import torch.nn.functional as F

logits = torch.tensor([[0.2, -1.0, 2.0], [1.5, 0.3, -0.2]])
targets = F.one_hot(torch.tensor([2, 0]), num_classes=3)  # dtype long

for loss in (F.cross_entropy, F.binary_cross_entropy_with_logits):
    try:
        loss(logits, targets)
    except RuntimeError as error:
        print(error)
        #> Expected floating point type for target with class probabilities, got Long
        #> result type Float can't be cast to the desired output type Long
print(F.mse_loss(logits, targets).dtype)   # this one promotes the long targets silently
#> torch.float32
print(F.binary_cross_entropy_with_logits(logits, targets.float()).dtype)  # the fix: .float()
#> torch.float32
