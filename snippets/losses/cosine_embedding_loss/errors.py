import torch
import torch.nn.functional as F

for x1, x2, target in [
    (torch.ones(2), torch.ones(2), torch.tensor([1])),        # unbatched inputs need a 0-dim target
    (torch.ones(1, 2), torch.ones(1, 2), torch.tensor(1)),     # batched inputs need an (N) target
    (torch.ones(3, 2), torch.ones(3, 2), torch.ones(3, 1)),    # (N, 1) target
    (torch.ones(2, 3, 4), torch.ones(2, 3, 4), torch.ones(2)),  # only (N, D) or (D) inputs
    (torch.ones(2, 3), torch.ones(2, 4), torch.ones(2)),       # different embedding sizes
]:
    try:
        F.cosine_embedding_loss(x1, x2, target)
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: 1D target tensor expects 2D input tensors, but found inputs with sizes [2] and [2].
        #> RuntimeError: 0D target tensor expects 1D input tensors, but found inputs with sizes [1, 2] and [1, 2].
        #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
        #> RuntimeError: 1D target tensor expects 2D input tensors, but found inputs with sizes [2, 3, 4] and [2, 3, 4].
        #> RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1
