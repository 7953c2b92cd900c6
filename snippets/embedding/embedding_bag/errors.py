import torch
import torch.nn.functional as F

weight = torch.zeros(6, 2)
for call in [
    lambda: F.embedding_bag(torch.tensor([[1, 2], [3, 4]]), weight, torch.tensor([0, 1])),  # 2-D input and offsets
    lambda: F.embedding_bag(torch.tensor([1, 2, 3]), weight),  # 1-D input without offsets
    lambda: F.embedding_bag(torch.tensor([1, 2, 3]), weight, torch.tensor([0]), mode="max",
                            scale_grad_by_freq=True),
]:
    try:
        call()
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences. However, found offsets of type <class 'torch.Tensor'>
        #> ValueError: offsets has to be a 1D Tensor but got None
        #> ValueError: max mode does not support scaling the gradient by the frequency
