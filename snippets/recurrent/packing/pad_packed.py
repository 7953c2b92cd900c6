import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

padded = torch.tensor([[4.0, 5.0, 0.0, 0.0],
                       [1.0, 2.0, 3.0, 0.0],
                       [6.0, 0.0, 0.0, 0.0]])  # (N=3, L=4): one padding column too many
packed = pack_padded_sequence(padded, [2, 3, 1], batch_first=True, enforce_sorted=False)

unpacked, lengths = pad_packed_sequence(packed, batch_first=True)
print(unpacked)                            # the original order; only as long as the longest sequence
#> tensor([[4., 5., 0.],
#>         [1., 2., 3.],
#>         [6., 0., 0.]])
print(lengths)
#> tensor([2, 3, 1])
print(pad_packed_sequence(packed, batch_first=True, total_length=4)[0].shape)  # back to length 4
#> torch.Size([3, 4])
print(pad_packed_sequence(packed, batch_first=True, padding_value=-1.0)[0][2])
#> tensor([ 6., -1., -1.])
