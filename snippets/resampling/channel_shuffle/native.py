# snippet-devices: cpu  (the CPU kernel of native_channel_shuffle has no backward; elsewhere it is built from views)
import torch
import torch.nn.functional as F

x = torch.arange(6.0).view(1, 6, 1).requires_grad_()
print(torch.equal(F.native_channel_shuffle(x, 2), F.channel_shuffle(x, 2)))
#> True
try:
    F.native_channel_shuffle(x, 2).sum().backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: derivative for aten::native_channel_shuffle is not implemented
