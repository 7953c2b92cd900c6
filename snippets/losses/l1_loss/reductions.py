import torch
import torch.nn.functional as F

# A worked example: the absolute errors of a (3, 5) batch. They are the input and the
# target is 0, so |x - y| is exactly these values.
errors = torch.tensor([[2.6041, 0.7351, 3.2098, 0.6427, 1.4476],
                       [1.3020, 0.0344, 1.3406, 0.4832, 0.7455],
                       [0.4987, 0.1257, 0.3320, 2.7098, 0.5757]])
target = torch.zeros(3, 5)

print(F.l1_loss(errors, target, reduction="none").shape)
#> torch.Size([3, 5])
total = F.l1_loss(errors, target, reduction="sum")
print(total)
#> tensor(16.7869)
print(F.l1_loss(errors, target))
#> tensor(1.1191)
# 'mean' divides by the number of elements (3 * 5 = 15), not by the batch size 3.
print(total / errors.numel(), total / errors.shape[0])
#> tensor(1.1191) tensor(5.5956)
