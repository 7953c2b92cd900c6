import torch
from torch.nn.utils.rnn import pack_sequence, pad_sequence, unpack_sequence, unpad_sequence

sequences = [torch.tensor([4.0, 5.0]), torch.tensor([1.0, 2.0, 3.0]), torch.tensor([6.0])]

packed = pack_sequence(sequences, enforce_sorted=False)  # pad_sequence + pack_padded_sequence in one call
print(packed.data, packed.batch_sizes)
#> tensor([1., 4., 6., 2., 5., 3.]) tensor([3, 2, 1])
print(unpack_sequence(packed))             # back to the list, in the original order
#> [tensor([4., 5.]), tensor([1., 2., 3.]), tensor([6.])]

padded = pad_sequence(sequences, batch_first=True)
print(unpad_sequence(padded, torch.tensor([2, 3, 1]), batch_first=True))  # cut each row to its length
#> [tensor([4., 5.]), tensor([1., 2., 3.]), tensor([6.])]
