import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
student = nn.Linear(4, 3)                                # the model being trained, 3 classes
inputs = torch.randn(8, 4)                               # a batch of 8 samples
teacher_probs = torch.softmax(torch.randn(8, 3), dim=1)  # soft targets: each row sums to 1

log_q = F.log_softmax(student(inputs), dim=1)            # input: log-probabilities, not probabilities
loss = nn.KLDivLoss(reduction="batchmean")(log_q, teacher_probs)  # KL(P || Q) per sample, averaged
loss.backward()
print(log_q.shape, teacher_probs.shape, loss.shape)
#> torch.Size([8, 3]) torch.Size([8, 3]) torch.Size([])
