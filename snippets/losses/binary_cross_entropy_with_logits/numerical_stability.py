import torch
import torch.nn.functional as F

# Confidently wrong logits: very negative for target 1, very positive for target 0.
logits = torch.tensor([-120.0, -30.0, 0.0, 20.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 1.0, 0.0])

# BCEWithLogitsLoss works on the logits directly: the loss grows like |x|.
fused = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
print(fused)
#> tensor([120.0000,  30.0000,   0.6931,  20.0000],
#>        grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)

# Sigmoid + BCELoss: in float32 sigmoid(-120) is exactly 0 and sigmoid(20) exactly 1,
# so BCELoss sees a certain wrong answer and clamps it at 100.
probs = torch.sigmoid(logits)
print(probs[0] == 0, probs[3] == 1)
#> tensor(True) tensor(True)
split = F.binary_cross_entropy(probs, target, reduction="none")
print(split)
#> tensor([100.0000,  30.0000,   0.6931, 100.0000],
#>        grad_fn=<BinaryCrossEntropyBackward0>)

# Gradients: sigmoid(x) - y from the fused loss; the split version loses them where sigmoid saturates.
fused.sum().backward()
print(logits.grad)
#> tensor([-1.0000, -1.0000, -0.5000,  1.0000])
logits.grad = None
split.sum().backward()
print(logits.grad)
#> tensor([-0.0000, -0.0936, -0.5000,  0.0000])
