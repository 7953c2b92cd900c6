import torch
import torch.nn.functional as F

# The window starts of 1000 draws for a width of 25, windows of 2, output width 10.
L, k, out, draws = 25, 2, 10, 1000
g = torch.Generator().manual_seed(0)
samples = torch.rand(draws, 1, 2, generator=g, device="cpu")  # drawn on the CPU: the same everywhere
x = torch.arange(float(L)).expand(draws, 1, k, L)  # values grow along the width
_, idx = F.fractional_max_pool2d(x, k, output_size=(1, out), return_indices=True,
                                 _random_samples=samples.to(x.device))
starts = idx[:, 0, 0] % L - (k - 1)  # (draws, out): each maximum is its window's last column
steps = starts.diff(dim=1)
print(sorted(steps.unique().tolist()), (steps == 3).sum(dim=1).unique().tolist())  # every draw: five steps of 3
#> [2, 3] [5]
sequences = sorted({tuple(s) for s in starts.tolist()})
print(len(sequences), "different sequences, for example:")
#> 9 different sequences, for example:
print(list(sequences[0]), list(sequences[-1]))
#> [0, 2, 5, 7, 10, 12, 15, 17, 20, 23] [0, 3, 6, 8, 11, 13, 16, 18, 21, 23]
# How often each position starts a window:
print([round(v, 2) for v in torch.bincount(starts.flatten(), minlength=L).div(draws).tolist()])
#> [1.0, 0.0, 0.51, 0.49, 0.0, 0.9, 0.1, 0.38, 0.62, 0.0, 0.81, 0.19, 0.25, 0.75, 0.0, 0.7, 0.3, 0.12, 0.88, 0.0, 0.64, 0.36, 0.0, 1.0, 0.0]
