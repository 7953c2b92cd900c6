import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 241)


def first_of_two(t):
    """log_softmax([t, 0])[0] for every t: the log-probability of the first of two classes."""
    return F.log_softmax(torch.stack([t, torch.zeros_like(t)], dim=-1), dim=-1)[..., 0]


curves = {
    "log_softmax([x, 0])[0]": first_of_two,
    "min(x, 0)": lambda t: t.clamp(max=0),
}
