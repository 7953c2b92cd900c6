import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3]], requires_grad=True)
target = torch.tensor([0, 2])

per_sample = F.cross_entropy(logits, target, reduction="none")
for call in [
    lambda: per_sample.backward(),                                 # a vector, not a scalar
    lambda: per_sample.item(),                                     # the same for .item()
    lambda: F.cross_entropy(logits.detach(), target).backward(),   # graph cut by detach()
    lambda: F.mse_loss(logits.argmax(dim=1).float(), target.float()).backward(),  # argmax has no gradient
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: grad can be implicitly created only for scalar outputs
        #> RuntimeError: a Tensor with 2 elements cannot be converted to Scalar
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
        #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn

# Reduce first (or pass a gradient of the same shape), and log with .item() on the scalar.
loss = per_sample.mean()
loss.backward()
print(loss.item(), logits.grad)
#> 0.6216270923614502 tensor([[-0.1072,  0.0876,  0.0196],
#>         [ 0.1503,  0.1661, -0.3164]])

loss = F.cross_entropy(logits, target)
loss.backward()
try:
    loss.backward()  # the graph was freed by the first call
except RuntimeError as error:
    print(f"RuntimeError: {str(error).split('. ')[0]}.")
    #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed).
