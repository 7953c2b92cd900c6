import math

import torch
import torch.nn.functional as F

# A batch of 4 (image, text) pairs; row i of each is the embedding of pair i.
image = F.normalize(torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0],
                                  [0.0, 0.0, 1.0], [0.6, 0.8, 0.0]]), dim=1)
text = F.normalize(torch.tensor([[0.9, 0.1, 0.1], [0.1, 0.9, 0.2],
                                 [0.0, 0.2, 0.9], [0.5, 0.7, 0.2]]), dim=1)


def clip_loss(image, text, temperature):
    logits = image @ text.T / temperature              # (N, N) cosine similarities / temperature
    labels = torch.arange(len(image))                  # the positive of row i is column i
    loss_images = F.cross_entropy(logits, labels)      # each image picks its text among N
    loss_texts = F.cross_entropy(logits.T, labels)     # each text picks its image among N
    return (loss_images + loss_texts) / 2


print(image @ text.T)
#> tensor([[0.9879, 0.1078, 0.0000, 0.5661],
#>         [0.1098, 0.9705, 0.2169, 0.7926],
#>         [0.1098, 0.2157, 0.9762, 0.2265],
#>         [0.6805, 0.8411, 0.1735, 0.9738]])
for temperature in (1.0, 0.07):
    print(temperature, clip_loss(image, text, temperature))
    #> 1.0 tensor(0.9700)
    #> 0.07 tensor(0.0582)

# One direction is InfoNCE: -log of the softmax of the diagonal.
logits = image @ text.T / 0.07
print(torch.allclose(F.cross_entropy(logits, torch.arange(4)), -logits.log_softmax(dim=1).diagonal().mean()))
#> True

# The best case (each pair identical, the others orthogonal) still costs log(1 + (N - 1) e^(-1/t)).
for temperature in (1.0, 0.07):
    print(temperature, f"{math.log(1 + 3 * math.exp(-1 / temperature)):.4g}")
    #> 1.0 0.7437
    #> 0.07 1.875e-06
