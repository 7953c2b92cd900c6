import torch
import torch.nn.functional as F

# With two classes, softmax([x, 0]) is (sigmoid(x), 1 - sigmoid(x)).
x = torch.tensor([-2.0, 0.0, 3.0])
pair = torch.stack([x, torch.zeros(3)], dim=1)  # rows (x, 0)
print(F.softmax(pair, dim=1)[:, 0], torch.sigmoid(x))
#> tensor([0.1192, 0.5000, 0.9526]) tensor([0.1192, 0.5000, 0.9526])
# Dividing logits by a temperature T > 1 flattens the distribution, T < 1 sharpens it.
logits = torch.tensor([1.0, 2.0, 3.0])
for T in [0.5, 1.0, 2.0]:
    print(T, F.softmax(logits / T, dim=0))
    #> 0.5 tensor([0.0159, 0.1173, 0.8668])
    #> 1.0 tensor([0.0900, 0.2447, 0.6652])
    #> 2.0 tensor([0.1863, 0.3072, 0.5065])
