import torch
import torch.nn.functional as F

# Four good predictions and one outlier (error 10).
prediction = torch.tensor([1.1, 1.9, 3.2, 3.9, 15.0], requires_grad=True)
target = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])

loss = F.mse_loss(prediction, target, reduction="none")
print(loss.detach())
#> tensor([1.0000e-02, 1.0000e-02, 4.0000e-02, 1.0000e-02, 1.0000e+02])
print(round((loss[-1] / loss.sum()).item(), 4))  # the outlier's share of the loss
#> 0.9993

loss.mean().backward()
print(prediction.grad)  # 2 * error / 5: 100 times the pull of a 0.1 error
#> tensor([ 0.0400, -0.0400,  0.0800, -0.0400,  4.0000])

# Huber (delta=1) caps the outlier's gradient at delta / 5.
prediction.grad = None
F.huber_loss(prediction, target).backward()
print(prediction.grad)
#> tensor([ 0.0200, -0.0200,  0.0400, -0.0200,  0.2000])
