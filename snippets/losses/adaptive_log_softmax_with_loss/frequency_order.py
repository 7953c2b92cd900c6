import torch

# The shortlist must hold the most frequent classes: relabel by descending frequency.
labels = torch.tensor([4, 1, 4, 4, 0, 2, 4, 1, 3, 1])
counts = torch.bincount(labels)
by_frequency = counts.argsort(descending=True, stable=True)  # old label of each new label
new_id = torch.empty_like(by_frequency)
new_id[by_frequency] = torch.arange(len(by_frequency))       # new label of each old label
print(counts)
#> tensor([1, 3, 1, 1, 4])
print(by_frequency)
#> tensor([4, 1, 0, 2, 3])
print(new_id[labels])
#> tensor([0, 1, 0, 0, 2, 3, 0, 1, 4, 1])
