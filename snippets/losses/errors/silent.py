import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([0, 2])

# A negative label_smoothing is neither rejected nor applied: it acts like 0.
for eps in [0.0, -0.1, 0.1]:
    print(eps, F.cross_entropy(logits, target, label_smoothing=eps))
    #> 0.0 tensor(0.6216)
    #> -0.1 tensor(0.6216)
    #> 0.1 tensor(0.7016)

# BCEWithLogitsLoss does not check its target: a 0/255 mask gives a negative loss.
scores = torch.tensor([2.0, -1.0, 3.0])
print(F.binary_cross_entropy_with_logits(scores, torch.tensor([255.0, 0.0, 255.0])))
#> tensor(-423.1704)
print(F.binary_cross_entropy_with_logits(scores, torch.tensor([1.0, 0.0, 1.0])))
#> tensor(0.1629)
