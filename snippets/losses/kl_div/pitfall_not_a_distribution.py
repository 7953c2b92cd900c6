import torch
import torch.nn.functional as F

log_q = F.log_softmax(torch.tensor([[1.0, 0.0, -1.0, 0.5]]), dim=1)
# Class indices drawn with random_(0, 4) are not a distribution: no error, meaningless value.
counts = torch.tensor([[3.0, 0.0, 2.0, 1.0]])
print(counts.sum(dim=1), F.kl_div(log_q, counts, reduction="batchmean"))
#> tensor([6.]) tensor(13.6615)
# Normalized, the same row is a distribution and the KL is >= 0.
p = counts / counts.sum(dim=1, keepdim=True)
print(p.sum(dim=1), F.kl_div(log_q, p, reduction="batchmean"))
#> tensor([1.]) tensor(0.4852)
