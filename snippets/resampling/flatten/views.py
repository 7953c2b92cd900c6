import torch

x = torch.arange(6.0).view(2, 3)
flat = x.flatten()
print(flat.data_ptr() == x.data_ptr())   # contiguous: a view of the same memory
#> True
t = x.T                                  # transposed: not contiguous
print(t.flatten().data_ptr() == t.data_ptr(), t.flatten())  # a copy, in the transposed order
#> False tensor([0., 3., 1., 4., 2., 5.])
print(torch.flatten(x, 1, 1) is x, torch.flatten(flat) is flat)  # nothing to merge: x itself
#> True True
