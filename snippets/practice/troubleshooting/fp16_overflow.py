import torch
import torch.nn.functional as F

logits = torch.tensor([[12.0, 2.0, -1.0],
                       [0.5, 1.5, 0.0]], dtype=torch.float16)
target = torch.tensor([0, 1])
print(torch.finfo(torch.float16).max, torch.exp(logits[0, 0]))  # e^12 is about 162755 > 65504
#> 65504.0 tensor(inf, dtype=torch.float16)

# A hand-written softmax cross entropy overflows: inf / inf = nan.
probs = torch.exp(logits) / torch.exp(logits).sum(dim=1, keepdim=True)
print(torch.isnan(-probs[torch.arange(2), target].log()))
#> tensor([ True, False])

# A hand-written squared error overflows as soon as an error exceeds 256.
print(((torch.tensor([300.0], dtype=torch.float16) - 0) ** 2).mean())
#> tensor(inf, dtype=torch.float16)

# Fix: compute the loss in float32, with the library function.
print(F.cross_entropy(logits.float(), target))
#> tensor(0.2322)
