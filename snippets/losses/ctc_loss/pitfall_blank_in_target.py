# snippet-devices: cpu  (the CPU kernel does not validate label values; other backends may behave differently)
import torch
import torch.nn.functional as F

log_probs = torch.tensor([[[0.6, 0.4]],
                          [[0.6, 0.4]],
                          [[0.6, 0.4]]]).log()
# A target that contains the blank index (0) is not rejected: the result is a negative "loss".
print(F.ctc_loss(log_probs, torch.tensor([[0]]), (3,), (1,)))
#> tensor(-0.2593)
print(F.ctc_loss(log_probs, torch.tensor([[1]]), (3,), (1,)))
#> tensor(0.3740)
