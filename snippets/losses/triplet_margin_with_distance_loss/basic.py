import torch
import torch.nn as nn

anchor = torch.tensor([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
positive = torch.tensor([[0.0, 1.0], [2.0, 1.0], [0.0, 3.0]])
negative = torch.tensor([[3.0, 0.0], [1.0, 1.5], [0.0, 2.0]])

# Without distance_function the distance is torch.pairwise_distance (p=2, eps=1e-6).
loss_fn = nn.TripletMarginWithDistanceLoss()
print(loss_fn(anchor, positive, negative))
#> tensor(1.1667)
print(nn.TripletMarginWithDistanceLoss(reduction="none")(anchor, positive, negative))
#> tensor([0.0000, 1.5000, 2.0000])

# Bit for bit the same as TripletMarginLoss with its defaults, also with swap=True.
for swap in [False, True]:
    with_distance = nn.TripletMarginWithDistanceLoss(swap=swap, reduction="none")(anchor, positive, negative)
    plain = nn.TripletMarginLoss(swap=swap, reduction="none")(anchor, positive, negative)
    print(swap, torch.equal(with_distance, plain))
    #> False True
    #> True True
