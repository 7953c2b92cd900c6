import torch
import torch.nn.functional as F

probs = torch.tensor([[0.5, 0.4, 0.1],
                      [0.3, 0.4, 0.3],
                      [0.2, 0.1, 0.7]])
log_probs = probs.log()  # unbatched: (T, C)

# Unbatched: targets (S,), lengths as 0-dim tensors; the loss is 0-dim.
print(F.ctc_loss(log_probs, torch.tensor([1, 2]), torch.tensor(3), torch.tensor(2), reduction="none"))
#> tensor(0.8119)
# Same as a batch of one.
print(F.ctc_loss(log_probs.unsqueeze(1), torch.tensor([[1, 2]]), torch.tensor([3]), torch.tensor([2]),
                 reduction="none"))
#> tensor([0.8119])

# The lengths must be tensors or tuples of ints (both of the same kind), never plain ints.
for lengths in [(3, 2), (torch.tensor(3), (2,))]:
    try:
        F.ctc_loss(log_probs, torch.tensor([1, 2]), *lengths)
    except TypeError as error:
        print(f"TypeError: {str(error).splitlines()[0]}")
        #> TypeError: ctc_loss() received an invalid combination of arguments - got (Tensor, Tensor, int, int, int, int, bool), but expected one of:
        #> TypeError: ctc_loss() received an invalid combination of arguments - got (Tensor, Tensor, Tensor, tuple, int, int, bool), but expected one of:
