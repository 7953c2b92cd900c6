import torch
import torch.nn.functional as F

# A good embedding: the positive points almost the same way as the anchor, the negative does not.
anchor = torch.tensor([[1.0, 0.0]])
positive = torch.tensor([[1.0, 0.3]])
negative = torch.tensor([[0.0, -1.0]])

# Right: a distance (small = similar). With margin 0.5 the triplet is already satisfied.
print(F.triplet_margin_with_distance_loss(anchor, positive, negative,
                                          distance_function=lambda x, y: 1 - F.cosine_similarity(x, y), margin=0.5))
#> tensor(0.)

# Wrong: cosine_similarity is large for similar pairs, so the objective is reversed. No error, a large loss ...
x = anchor.clone().requires_grad_()
loss = F.triplet_margin_with_distance_loss(x, positive, negative, distance_function=F.cosine_similarity, margin=0.5)
loss.backward()
print(loss)
#> tensor(1.4578, grad_fn=<MeanBackward0>)
# ... and one gradient step turns the anchor away from the positive and towards the negative.
stepped = x.detach() - 0.5 * x.grad
for a in [anchor, stepped]:
    print(F.cosine_similarity(a, positive), F.cosine_similarity(a, negative))
    #> tensor([0.9578]) tensor([0.])
    #> tensor([0.6499]) tensor([0.5412])
