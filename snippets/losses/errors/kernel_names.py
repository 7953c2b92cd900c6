# snippet-devices: cpu  (the quoted names are those of the CPU kernels; CUDA has its own)
import torch
import torch.nn.functional as F

# A dtype that a kernel was not written for: the message names the kernel and the dtype.
for call in [
    lambda: F.mse_loss(torch.tensor([1, 2]), torch.tensor([1, 0])),       # int64 ('Long') inputs
    lambda: F.nll_loss(torch.tensor([[1, 2]]), torch.tensor([0])),        # int64 log-probabilities
    lambda: F.nll_loss(torch.ones(1, 2, 2, 2, dtype=torch.long),          # the same, (N, C, H, W)
                       torch.zeros(1, 2, 2, dtype=torch.long)),
    lambda: F.multi_margin_loss(torch.tensor([[1.0, 2.0]], dtype=torch.float16), torch.tensor([0])),
]:
    try:
        call()
    except NotImplementedError as error:
        print(f"NotImplementedError: {error}")
        #> NotImplementedError: "mse_cpu" not implemented for 'Long'
        #> NotImplementedError: "nll_loss_out_frame" not implemented for 'Long'
        #> NotImplementedError: "nll_loss2d_forward_out_frame" not implemented for 'Long'
        #> NotImplementedError: "multi_margin_loss_cpu_kernel" not implemented for 'Half'

# The fix is the dtype of the input, not the kernel.
print(F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 0.0])),
      F.nll_loss(torch.tensor([[1.0, 2.0]]).log_softmax(dim=1), torch.tensor([0])))
#> tensor(2.) tensor(1.3133)

# A value check (a class index out of range) is readable on the CPU ...
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]])
target = torch.tensor([1, 3])
try:
    F.cross_entropy(logits, target)
except IndexError as error:
    print(f"IndexError: {error}")
    #> IndexError: Target 3 is out of bounds.
# ... and this test finds the bad samples on any device, before the loss is called.
num_classes, ignore_index = logits.shape[1], -100
bad = (target != ignore_index) & ((target < 0) | (target >= num_classes))
print(bad.nonzero().flatten().tolist())
#> [1]
