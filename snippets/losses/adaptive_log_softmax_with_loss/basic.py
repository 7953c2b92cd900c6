import torch
import torch.nn as nn

# 4 input features, 6 classes: shortlist {0, 1}, cluster 0 = {2, 3}, cluster 1 = {4, 5}.
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=[2, 4], div_value=2.0)
with torch.no_grad():
    asm.head.weight.copy_(torch.tensor([[1.0, 0.0, 0.5, 0.0],     # class 0
                                        [0.0, 1.0, 0.0, 0.5],     # class 1
                                        [0.5, 0.5, 0.0, 0.0],     # token of cluster 0
                                        [0.0, 0.0, 0.5, 0.5]]))   # token of cluster 1
    asm.tail[0][0].weight.copy_(torch.tensor([[0.5, -0.5, 0.0, 1.0],
                                              [0.0, 1.0, 0.5, 0.0]]))
    asm.tail[0][1].weight.copy_(torch.tensor([[1.0, 0.0],
                                              [0.0, -1.0]]))
    asm.tail[1][0].weight.copy_(torch.tensor([[0.5, 0.5, -0.5, 0.5]]))
    asm.tail[1][1].weight.copy_(torch.tensor([[1.0],
                                              [-1.0]]))

# The input is a batch of hidden features, not logits; targets are class indices.
x = torch.tensor([[1.0, 0.0, 0.0, 0.0],
                  [0.0, 1.0, 1.0, 0.0],
                  [0.5, 0.5, 0.0, 2.0]])
y = torch.tensor([0, 3, 5])

with torch.no_grad():
    result = asm(x, y)
# A named tuple: output = log-probability of each target, loss = mean negative log-likelihood.
print(result)
#> _ASMoutput(output=tensor([-0.8511, -2.8499, -4.3997]), loss=tensor(2.7002))
print(result.output.shape, result.loss.shape)
#> torch.Size([3]) torch.Size([])
print(-result.output.mean())
#> tensor(2.7002)
