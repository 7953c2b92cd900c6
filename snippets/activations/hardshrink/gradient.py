import torch
import torch.nn.functional as F

x = torch.tensor([-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0], requires_grad=True)
y = F.hardshrink(x)  # lambd=0.5
y.sum().backward()
print(y)  # x = +-0.5 itself is in the dead zone: the jump happens just past it
#> tensor([-1.,  0.,  0.,  0.,  0.,  0.,  1.], grad_fn=<HardshrinkBackward0>)
print(x.grad)  # 1 where the value is kept, 0 on [-lambd, lambd] including both ends
#> tensor([1., 0., 0., 0., 0., 0., 1.])
