import torch


def report(t):
    print(t.dtype, t.sum())
    #> torch.float32 tensor(6.)
    #> torch.int64 tensor(6)


report(torch.tensor([1.0, 2.0, 3.0]))
report(torch.tensor([1, 2, 3]))
