import torch
import torch.nn.functional as F

features = torch.tensor([[1.5, -0.25, 2.0],
                         [0.5, 1.0, -1.75]])
weight = torch.tensor([[1.0, 0.0, 0.5, -1.0],
                       [0.0, 2.0, 1.0, 0.5],
                       [-0.5, 1.0, 0.0, 0.25]])
labels = torch.tensor([0, 3])
device_type = features.device.type  # "cpu" here; "cuda" when the tensors live on a GPU

# Under autocast the matmul runs in bfloat16, but the loss functions run in float32.
with torch.autocast(device_type, dtype=torch.bfloat16):
    logits = features @ weight
    ce = F.cross_entropy(logits, labels)
    bce = F.binary_cross_entropy_with_logits(logits, torch.ones_like(logits))
    mse = F.mse_loss(logits, torch.zeros_like(logits))
print(logits.dtype, ce.dtype, bce.dtype, mse.dtype)
#> torch.bfloat16 torch.float32 torch.float32 torch.float32

# These bfloat16 logits happen to be exact, so the autocast losses equal the float32 ones.
reference = features @ weight
print(torch.equal(logits.float(), reference))
#> True
print(ce, F.cross_entropy(reference, labels))
#> tensor(2.1339) tensor(2.1339)
print(bce, F.binary_cross_entropy_with_logits(reference, torch.ones_like(reference)))
#> tensor(0.5681) tensor(0.5681)
print(mse, F.mse_loss(reference, torch.zeros_like(reference)))
#> tensor(0.9653) tensor(0.9653)
