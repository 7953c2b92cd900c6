import torch
import torch.nn.functional as F

# Evaluation mode is a fixed LeakyReLU; in training each negative element draws its slope
# between the two dashed bounds below.
x = torch.linspace(-3, 3, 241)
curves = {
    "RReLU, eval: slope (1/8 + 1/3) / 2": F.rrelu,
    "lower bound: slope 1/8": lambda t: F.leaky_relu(t, 1 / 8),
    "upper bound: slope 1/3": lambda t: F.leaky_relu(t, 1 / 3),
}
