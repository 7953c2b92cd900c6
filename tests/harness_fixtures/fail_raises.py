import torch


def safe_log(t):
    if (t <= 0).any():
        raise ValueError("expected positive values")
    return t.log()


print(safe_log(torch.tensor([1.0])))
#> tensor([0.])
safe_log(torch.tensor([-1.0]))
