import torch
import torch.nn.functional as F

anchor = torch.tensor([[1.0, 0.0]])
positive = torch.tensor([[1.0, 1.0]])
negative = torch.tensor([[0.0, 1.0]])


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y, dim=-1)


# d(a, p) = 1 - cos 45 deg, d(a, n) = 1 - cos 90 deg = 1, but d(p, n) = 1 - cos 45 deg as well.
print(cosine_distance(anchor, positive), cosine_distance(anchor, negative), cosine_distance(positive, negative))
#> tensor([0.2929]) tensor([1.]) tensor([0.2929])
for swap in [False, True]:
    print(swap, F.triplet_margin_with_distance_loss(anchor, positive, negative, distance_function=cosine_distance,
                                                    margin=0.5, swap=swap))
    #> False tensor(0.)
    #> True tensor(0.5000)
