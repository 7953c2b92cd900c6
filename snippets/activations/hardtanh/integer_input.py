import torch
import torch.nn.functional as F

# Integer tensors are accepted; the bounds are truncated toward zero first.
i = torch.tensor([-3, -1, 0, 1, 3])
print(F.hardtanh(i))
#> tensor([-1, -1,  0,  1,  1])
print(F.hardtanh(i, -1.5, 2.5))  # behaves like min_val=-1, max_val=2
#> tensor([-1, -1,  0,  1,  2])
print(F.hardtanh(i, -0.5, 0.9))  # both bounds become 0
#> tensor([0, 0, 0, 0, 0])

for t in [torch.tensor([0, 200], dtype=torch.uint8), torch.tensor([True, False])]:
    try:
        F.hardtanh(t)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: cannot do hardtanh on an unsigned type with negative limits
        #> RuntimeError: Bool inputs not supported for hardtanh
