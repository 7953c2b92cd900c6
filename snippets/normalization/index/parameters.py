import torch.nn as nn

C, H, W = 6, 5, 5  # the layers for images with 6 channels of 5 x 5, with their default arguments
layers = [nn.BatchNorm2d(C), nn.LayerNorm([C, H, W]), nn.GroupNorm(2, C), nn.InstanceNorm2d(C),
          nn.RMSNorm([C, H, W]), nn.LocalResponseNorm(5)]
for layer in layers:
    parameters = {name: tuple(p.shape) for name, p in layer.named_parameters()}
    buffers = [name for name, _ in layer.named_buffers()]
    print(f"{type(layer).__name__:17} parameters {parameters}, buffers {buffers}")
    #> BatchNorm2d       parameters {'weight': (6,), 'bias': (6,)}, buffers ['running_mean', 'running_var', 'num_batches_tracked']
    #> LayerNorm         parameters {'weight': (6, 5, 5), 'bias': (6, 5, 5)}, buffers []
    #> GroupNorm         parameters {'weight': (6,), 'bias': (6,)}, buffers []
    #> InstanceNorm2d    parameters {}, buffers []
    #> RMSNorm           parameters {'weight': (6, 5, 5)}, buffers []
    #> LocalResponseNorm parameters {}, buffers []
