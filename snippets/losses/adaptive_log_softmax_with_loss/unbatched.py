import torch
import torch.nn as nn

torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=8, n_classes=10, cutoffs=[3, 6], div_value=2.0)
x = torch.randn(4, 8)
y = torch.tensor([1, 5, 8, 0])

with torch.no_grad():
    batched = asm(x, y)
    single = asm(x[1], y[1])        # input (in_features,), target ()
    as_int32 = asm(x, y.int())      # int32 targets are accepted too
print(single.output.shape, single.loss.shape)
#> torch.Size([]) torch.Size([])
print(torch.allclose(single.output, batched.output[1]), torch.allclose(single.loss, -single.output))
#> True True
print(torch.allclose(as_int32.loss, batched.loss))
#> True

# log_prob() and predict() need a batch dimension.
try:
    asm.log_prob(x[1])
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(asm.log_prob(x[1].unsqueeze(0)).shape)
#> torch.Size([1, 10])
