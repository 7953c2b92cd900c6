import torch
import torch.nn.functional as F

x = torch.linspace(-4, 6, 201)  # logit of a positive example (target 1)


def focal(gamma):
    # alpha disabled; (1 - p_t)**gamma = exp(-gamma * softplus(x)) for target 1
    return lambda v: F.softplus(-v) * torch.exp(-gamma * F.softplus(v))


curves = {
    "gamma=0 (BCE)": focal(0.0),
    "gamma=1": focal(1.0),
    "gamma=2": focal(2.0),
    "gamma=5": focal(5.0),
}
