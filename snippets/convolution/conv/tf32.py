import torch

# float32 convolutions on NVIDIA GPUs may use TF32 (10 mantissa bits) unless this is turned off
print(torch.backends.cudnn.allow_tf32, torch.backends.cudnn.conv.fp32_precision)
#> True tf32
