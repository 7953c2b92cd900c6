import torch
import torch.nn as nn

conv = nn.Conv1d(in_channels=64, out_channels=64, kernel_size=3, padding=1)
tokens = torch.zeros(2, 10, 64)  # (N, L, C): the layout of a transformer or an RNN
try:
    conv(tokens)
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Given groups=1, weight of size [64, 64, 3], expected input[2, 10, 64] to have 64 channels, but got 10 channels instead
print(conv(tokens.transpose(1, 2)).transpose(1, 2).shape)  # (N, C, L) in, back to (N, L, C)
#> torch.Size([2, 10, 64])

# With L == C the wrong layout runs without an error: the sequence is mixed as channels
square = torch.zeros(2, 64, 64)
print(conv(square).shape)
#> torch.Size([2, 64, 64])
