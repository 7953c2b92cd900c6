import math

import torch
import torch.nn.functional as F

# The worked example of the CrossEntropyLoss page: 3 samples, 5 classes.
logits = torch.tensor([[1.6021, 0.5762, -1.9105, -1.0844, -0.0256],
                       [1.0483, 0.8033, 1.1037, -1.2296, 1.2662],
                       [0.7592, -2.6041, -1.6092, -0.2643, 1.2362]])
target = torch.tensor([1, 0, 3])


def by_hand(scores, labels):
    # -x[target] + log(sum(exp(x))), summed term by term without subtracting the maximum
    losses = []
    for row, label in zip(scores.tolist(), labels.tolist()):
        losses.append(-row[label] + math.log(sum(math.exp(v) for v in row)))
    return sum(losses) / len(losses)


print(round(by_hand(logits, target), 4), F.cross_entropy(logits, target))
#> 1.7048 tensor(1.7048)

# Add 1000 to every logit: the loss must not change, but exp(1000) does not fit in a float.
shifted = logits + 1000
try:
    by_hand(shifted, target)
except OverflowError as error:
    print(f"{type(error).__name__}: {error}")
    #> OverflowError: math range error
print(F.cross_entropy(shifted, target))
#> tensor(1.7049)
# The last digit moved because adding 1000 rounds each logit: near 1000, float32 steps by 2**-14.
print(torch.tensor(1000.0).nextafter(torch.tensor(1001.0)) - 1000 == 2 ** -14)
#> tensor(True)
