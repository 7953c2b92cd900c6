import torch
from torch.nn.utils.rnn import pad_sequence

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0])
c = torch.tensor([6.0])

print(pad_sequence([a, b, c]))                    # (L, N): one column per sequence
#> tensor([[1., 4., 6.],
#>         [2., 5., 0.],
#>         [3., 0., 0.]])
print(pad_sequence([a, b, c], batch_first=True))  # (N, L): one row per sequence
#> tensor([[1., 2., 3.],
#>         [4., 5., 0.],
#>         [6., 0., 0.]])
print(pad_sequence([a, b, c], batch_first=True, padding_value=-1.0, padding_side="left"))
#> tensor([[ 1.,  2.,  3.],
#>         [-1.,  4.,  5.],
#>         [-1., -1.,  6.]])

# Sequences of feature vectors (L_i, H) become (N, L_max, H).
words = [torch.ones(5, 8), torch.ones(2, 8), torch.ones(4, 8)]
print(pad_sequence(words, batch_first=True).shape)
#> torch.Size([3, 5, 8])
