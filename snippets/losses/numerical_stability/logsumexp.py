import torch

logits = torch.tensor([1000.0, 999.0, 998.0])

# float32 ends at about 3.4e38 (its smallest positive value is 1.4e-45),
# so exp overflows just above 88.7.
print(torch.tensor([3.4e38, 1e-45, 1e-46]))
#> tensor([3.4000e+38, 1.4013e-45, 0.0000e+00])
print(torch.exp(torch.tensor([88.0, 89.0])))
#> tensor([1.6516e+38,        inf])

# Written literally, log(sum(exp(x))) and softmax break down for logits of 1000.
print(torch.exp(logits))
#> tensor([inf, inf, inf])
print(torch.log(torch.exp(logits).sum()), torch.exp(logits) / torch.exp(logits).sum())
#> tensor(inf) tensor([nan, nan, nan])

# log-sum-exp trick: log sum exp(x) = m + log sum exp(x - m) with m = max(x); every exp is now <= 1.
m = logits.max()
print(m + torch.log(torch.exp(logits - m).sum()), torch.logsumexp(logits, dim=0))
#> tensor(1000.4076) tensor(1000.4076)

# Very negative logits underflow instead: exp gives 0 and log(0) = -inf. The same trick fixes it.
low = torch.tensor([-1000.0, -1001.0])
print(torch.log(torch.exp(low).sum()), torch.logsumexp(low, dim=0))
#> tensor(-inf) tensor(-999.6868)
