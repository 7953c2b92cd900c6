import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(4, 3)                  # a classifier with 3 classes
inputs = torch.randn(8, 4)               # a batch of 8 samples
with torch.no_grad():                    # inference: probabilities, no training
    logits = model(inputs)
    probs = nn.Softmax(dim=1)(logits)    # dim=1: the class dimension
print(logits.shape, probs.shape)
#> torch.Size([8, 3]) torch.Size([8, 3])
# every row is a distribution, and the most likely class is the largest logit
print(torch.allclose(probs.sum(dim=1), torch.ones(8)), torch.equal(probs.argmax(dim=1), logits.argmax(dim=1)))
#> True True
