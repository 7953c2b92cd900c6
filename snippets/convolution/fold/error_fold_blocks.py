import torch
import torch.nn.functional as F

cols = F.unfold(torch.zeros(1, 3, 10, 10), kernel_size=3)  # (1, 27, 64)
try:
    F.fold(cols, output_size=(12, 12), kernel_size=3)  # 12x12 would have 10 * 10 windows
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Given output_size=(12, 12), kernel_size=(3, 3), dilation=(1, 1), padding=(0, 0), stride=(1, 1), expected size of input's dimension 2 to match the calculated number of sliding blocks 10 * 10 = 100, but got input.size(2)=64.
