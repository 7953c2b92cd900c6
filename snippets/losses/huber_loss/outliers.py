import torch
import torch.nn.functional as F

# Four good predictions and one outlier (error 10).
target = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
prediction = torch.tensor([1.1, 1.9, 3.2, 3.9, 15.0])

for name, loss_fn in [("mse", F.mse_loss), ("l1", F.l1_loss), ("huber", F.huber_loss)]:
    x = prediction.clone().requires_grad_()
    loss = loss_fn(x, target, reduction="sum")
    loss.backward()
    print(name, round(loss.item(), 4), x.grad)
    #> mse 100.07 tensor([ 0.2000, -0.2000,  0.4000, -0.2000, 20.0000])
    #> l1 10.5 tensor([ 1., -1.,  1., -1.,  1.])
    #> huber 9.535 tensor([ 0.1000, -0.1000,  0.2000, -0.1000,  1.0000])
