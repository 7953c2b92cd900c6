import torch
import torch.nn.functional as F


def one_hot(tensor, num_classes=-1):
    if tensor.dtype != torch.long:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    if tensor.numel() == 0:  # nothing to check, nothing to infer from
        if num_classes <= 0:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        return tensor.new_zeros(tensor.shape + (num_classes,))
    if tensor.min() < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:  # infer the width from the largest label
        num_classes = int(tensor.max()) + 1
    elif tensor.max() >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    # compare each label with 0, 1, ..., num_classes - 1 along a new last dimension
    classes = torch.arange(num_classes, device=tensor.device)
    return (tensor.unsqueeze(-1) == classes).long()


# The example of the page.
labels = torch.tensor([2, 0, 1, 2])
print(one_hot(labels, 3))
#> tensor([[0, 0, 1],
#>         [1, 0, 0],
#>         [0, 1, 0],
#>         [0, 0, 1]])
print(torch.equal(one_hot(labels, 3), F.one_hot(labels, 3)), torch.equal(one_hot(labels), F.one_hot(labels)))
#> True True
