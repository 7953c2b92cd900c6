import torch
import torch.nn.functional as F


def local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0):
    # torch's checks: channels are dimension 1 of a 3-D or larger input; an empty input comes back as it is.
    if input.dim() < 3:
        raise ValueError(f"Expected 3D or higher dimensionality input (got {input.dim()} dimensions)")
    if size <= 0:
        raise RuntimeError(f"kernel size should be greater than zero, but got {size}")
    if input.numel() == 0:
        return input
    C = input.shape[1]
    squares = input * input
    # Zero channels around the squares: size // 2 before, (size - 1) // 2 after,
    # so that the window of every channel holds `size` channels, itself included.
    before = squares.new_zeros((input.shape[0], size // 2) + tuple(input.shape[2:]))
    after = squares.new_zeros((input.shape[0], (size - 1) // 2) + tuple(input.shape[2:]))
    padded = torch.cat([before, squares, after], dim=1)
    window_sum = padded[:, 0:C]
    for j in range(1, size):  # add the shifted copies: channel c gets channels c - size // 2 ... c + (size - 1) // 2
        window_sum = window_sum + padded[:, j:j + C]
    div = (window_sum / size * alpha + k) ** beta  # alpha multiplies the mean over the window: divided by size
    return input / div


# The examples of the page: four channels at one position.
x = torch.tensor([1.0, 2.0, 3.0, 4.0]).reshape(1, 4, 1)
print(local_response_norm(x, 3, alpha=3.0, beta=0.5).flatten(),
      F.local_response_norm(x, 3, alpha=3.0, beta=0.5).flatten())
#> tensor([0.4082, 0.5164, 0.5477, 0.7845]) tensor([0.4082, 0.5164, 0.5477, 0.7845])
# An even size: channel c divided by a_{c-1}^2 + a_c^2, the channel before it and itself.
print(local_response_norm(x, 2, alpha=2.0, beta=1.0, k=0.0).flatten(),
      F.local_response_norm(x, 2, alpha=2.0, beta=1.0, k=0.0).flatten())
#> tensor([1.0000, 0.4000, 0.2308, 0.1600]) tensor([1.0000, 0.4000, 0.2308, 0.1600])
