import torch
import torch.nn as nn


def step(clip_before_step):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
    (model(torch.ones(4, 3) * 10) ** 2).sum().backward()  # a large gradient
    if clip_before_step:
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    if not clip_before_step:
        nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # too late: the step is done
    return model.weight.detach()


torch.manual_seed(0)
start = nn.Linear(3, 1).weight.detach()
print(torch.linalg.vector_norm(step(True) - start) <= 1.0)   # the update is bounded by lr * max_norm
#> tensor(True)
print(torch.linalg.vector_norm(step(False) - start) <= 1.0)  # the full, unclipped update
#> tensor(False)
