import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 0.3],
                       [1.0, 1.0, 1.0],
                       [0.5, 1.5, -0.5]], requires_grad=True)
target = torch.tensor([0, 1, 2, 0])  # class 0 is a real class here

print(F.cross_entropy(logits, target, ignore_index=0, reduction="none"))
#> tensor([0.0000, 1.1019, 1.0986, 0.0000], grad_fn=<NllLossBackward0>)
loss = F.cross_entropy(logits, target, ignore_index=0)  # mean over the 2 samples of classes 1 and 2
print(loss)
#> tensor(1.1003, grad_fn=<NllLossBackward0>)
loss.backward()
print(logits.grad)  # rows of class 0: no gradient; column 0: pushed down everywhere else
#> tensor([[ 0.0000,  0.0000,  0.0000],
#>         [ 0.1503, -0.3339,  0.1836],
#>         [ 0.1667,  0.1667, -0.3333],
#>         [ 0.0000,  0.0000,  0.0000]])

# Trained on these labels, a model learns never to predict class 0, the most frequent class.
labels = torch.tensor([0, 0, 0, 1, 2])
for ignore_index in (-100, 0):
    bias = torch.zeros(3, requires_grad=True)  # the simplest model: one logit per class
    optimizer = torch.optim.SGD([bias], lr=1.0)
    for _ in range(100):
        optimizer.zero_grad()
        F.cross_entropy(bias.expand(5, 3), labels, ignore_index=ignore_index).backward()
        optimizer.step()
    print(ignore_index, bias.detach().softmax(dim=0))
    #> -100 tensor([0.6000, 0.2000, 0.2000])
    #> 0 tensor([0.0066, 0.4967, 0.4967])
