import torch
import torch.nn.functional as F

labels = torch.tensor([[[0, 1, 2],
                        [2, 1, 0]]])  # (N=1, H=2, W=3)
logits_shape = (1, 3, 2, 3)         # (N, C=3, H, W)

# F.one_hot appends the class dimension last.
onehot = F.one_hot(labels, num_classes=3)
print(onehot.shape)
#> torch.Size([1, 2, 3, 3])
# Move it to dimension 1 to line up with (N, C, H, W) logits.
print(onehot.permute(0, 3, 1, 2).shape == logits_shape)
#> True

# Class indices must be an integer (long) tensor.
try:
    F.one_hot(labels.float(), num_classes=3)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
