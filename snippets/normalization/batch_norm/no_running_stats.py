import torch
import torch.nn as nn

bn = nn.BatchNorm1d(2, track_running_stats=False)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
#> None None None
x = torch.tensor([[1.0, 10.0], [3.0, 30.0], [5.0, 50.0]])
train_out = bn(x)
bn.eval()
# Without buffers, eval mode normalizes with the batch's own statistics too.
print(torch.equal(train_out, bn(x)))
#> True
try:
    bn(x[:1])  # so a batch of one is refused even in eval mode
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 2])
