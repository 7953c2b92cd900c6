import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[1.0, 2.0, 3.0],
                       [1.0, 1.0, 1.0]])
log_probs = nn.LogSoftmax(dim=1)(logits)
print(log_probs)
#> tensor([[-2.4076, -1.4076, -0.4076],
#>         [-1.0986, -1.0986, -1.0986]])
# x - logsumexp(x): every entry is <= 0 and exp() of a row sums to 1
print(torch.allclose(log_probs, logits - logits.logsumexp(dim=1, keepdim=True)), log_probs.exp().sum(dim=1))
#> True tensor([1.0000, 1.0000])
print(torch.allclose(log_probs, F.softmax(logits, dim=1).log()))
#> True
# With two classes, log_softmax([x, 0])[0] is logsigmoid(x), close to min(x, 0) for large |x|.
x = torch.tensor([-20.0, 0.0, 3.0])
print(F.log_softmax(torch.stack([x, torch.zeros(3)], dim=1), dim=1)[:, 0], F.logsigmoid(x))
#> tensor([-20.0000,  -0.6931,  -0.0486]) tensor([-20.0000,  -0.6931,  -0.0486])
