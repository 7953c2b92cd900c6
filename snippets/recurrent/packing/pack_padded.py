import torch
from torch.nn.utils.rnn import pack_padded_sequence

padded = torch.tensor([[1.0, 2.0, 3.0],
                       [4.0, 5.0, 0.0],
                       [6.0, 0.0, 0.0]])  # (N=3, L=3), sorted by decreasing length
packed = pack_padded_sequence(padded, [3, 2, 1], batch_first=True)
print(packed.data)                         # step 1 of every sequence, then step 2, then step 3
#> tensor([1., 4., 6., 2., 5., 3.])
print(packed.batch_sizes)                  # how many sequences are still running at each step
#> tensor([3, 2, 1])

unsorted = torch.tensor([[4.0, 5.0, 0.0],
                         [1.0, 2.0, 3.0],
                         [6.0, 0.0, 0.0]])
try:
    pack_padded_sequence(unsorted, [2, 3, 1], batch_first=True)
except RuntimeError as error:
    print(str(error).split(".")[0])
    #> `lengths` array must be sorted in decreasing order when `enforce_sorted` is True
packed = pack_padded_sequence(unsorted, [2, 3, 1], batch_first=True, enforce_sorted=False)
print(packed.data, packed.sorted_indices)  # sorted inside; the order is kept to undo it later
#> tensor([1., 4., 6., 2., 5., 3.]) tensor([1, 0, 2])
