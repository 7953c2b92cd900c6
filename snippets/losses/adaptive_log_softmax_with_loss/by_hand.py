import torch
import torch.nn as nn

# Same module and weights as basic.py.
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=6, cutoffs=[2, 4], div_value=2.0)
with torch.no_grad():
    asm.head.weight.copy_(torch.tensor([[1.0, 0.0, 0.5, 0.0],
                                        [0.0, 1.0, 0.0, 0.5],
                                        [0.5, 0.5, 0.0, 0.0],
                                        [0.0, 0.0, 0.5, 0.5]]))
    asm.tail[0][0].weight.copy_(torch.tensor([[0.5, -0.5, 0.0, 1.0],
                                              [0.0, 1.0, 0.5, 0.0]]))
    asm.tail[0][1].weight.copy_(torch.tensor([[1.0, 0.0],
                                              [0.0, -1.0]]))
    asm.tail[1][0].weight.copy_(torch.tensor([[0.5, 0.5, -0.5, 0.5]]))
    asm.tail[1][1].weight.copy_(torch.tensor([[1.0],
                                              [-1.0]]))

x = torch.tensor([0.0, 1.0, 1.0, 0.0])  # second sample of basic.py, target class 3
with torch.no_grad():
    head_logits = asm.head.weight @ x                       # [class 0, class 1, cluster 0, cluster 1]
    head_logp = head_logits - head_logits.logsumexp(dim=0)
    tail_logits = asm.tail[0][1].weight @ (asm.tail[0][0].weight @ x)  # classes 2, 3
    tail_logp = tail_logits - tail_logits.logsumexp(dim=0)
print(head_logits, head_logp)
#> tensor([0.5000, 1.0000, 0.5000, 0.5000]) tensor([-1.5366, -1.0366, -1.5366, -1.5366])
print(tail_logits.tolist(), tail_logp)
#> [-0.5, -1.5] tensor([-0.3133, -1.3133])
# log p(3) = log p(cluster 0) + log p(3 | cluster 0); class 3 is position 3 - cutoffs[0] = 1 in the cluster
print(head_logp[2] + tail_logp[1])
#> tensor(-2.8499)
with torch.no_grad():
    print(asm(x, torch.tensor(3)).output)
    #> tensor(-2.8499)
