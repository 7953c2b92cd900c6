# snippet-devices: cpu  (the nan pattern in the gradient of an infinite loss is a detail of the CPU kernel)
import torch
import torch.nn.functional as F

probs = torch.tensor([[[0.5, 0.4, 0.1]],
                      [[0.3, 0.4, 0.3]],
                      [[0.2, 0.1, 0.7]]])
x = probs.log().requires_grad_()
# "aa" needs 3 frames but input_lengths says 2: the loss is inf and the gradient nan.
loss = F.ctc_loss(x, torch.tensor([[1, 1]]), (2,), (2,))
loss.backward()
print(loss)
#> tensor(inf, grad_fn=<MeanBackward0>)
print(x.grad.squeeze(1))
#> tensor([[nan, nan, nan],
#>         [nan, nan, nan],
#>         [0., 0., 0.]])
