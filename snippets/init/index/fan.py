import torch.nn as nn
from torch.nn.init import _calculate_fan_in_and_fan_out  # the helper every initializer of nn.init uses

layers = {
    "Linear(784, 256)": nn.Linear(784, 256),
    "Conv1d(3, 16, 5)": nn.Conv1d(3, 16, 5),
    "Conv2d(3, 64, 3)": nn.Conv2d(3, 64, 3),
    "Conv2d(32, 32, 3, groups=32)": nn.Conv2d(32, 32, 3, groups=32),
    "Conv3d(1, 8, (3, 5, 7))": nn.Conv3d(1, 8, (3, 5, 7)),
    "ConvTranspose2d(16, 8, 4)": nn.ConvTranspose2d(16, 8, 4),
}
for name, layer in layers.items():
    w = layer.weight
    # fan_in = size(1) * receptive field, fan_out = size(0) * receptive field
    print(f"{name:30} {str(tuple(w.shape)):17} fan_in, fan_out = {_calculate_fan_in_and_fan_out(w)}")
    #> Linear(784, 256)               (256, 784)        fan_in, fan_out = (784, 256)
    #> Conv1d(3, 16, 5)               (16, 3, 5)        fan_in, fan_out = (15, 80)
    #> Conv2d(3, 64, 3)               (64, 3, 3, 3)     fan_in, fan_out = (27, 576)
    #> Conv2d(32, 32, 3, groups=32)   (32, 1, 3, 3)     fan_in, fan_out = (9, 288)
    #> Conv3d(1, 8, (3, 5, 7))        (8, 1, 3, 5, 7)   fan_in, fan_out = (105, 840)
    #> ConvTranspose2d(16, 8, 4)      (16, 8, 4, 4)     fan_in, fan_out = (128, 256)
