import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(8, 6, 5, 5)
layers = [nn.BatchNorm2d(6), nn.LayerNorm([6, 5, 5]), nn.GroupNorm(2, 6), nn.InstanceNorm2d(6),
          nn.RMSNorm([6, 5, 5]), nn.LocalResponseNorm(5)]
for layer in layers:
    train_out = layer.train()(x)
    alone = layer(x[:1])  # the first sample without the other seven
    eval_out = layer.eval()(x)
    print(f"{type(layer).__name__:17} the same in eval mode: {torch.allclose(eval_out, train_out, atol=1e-6)!s:5}  "
          f"a sample alone as in the batch: {torch.allclose(alone, train_out[:1], atol=1e-6)}")
    #> BatchNorm2d       the same in eval mode: False  a sample alone as in the batch: False
    #> LayerNorm         the same in eval mode: True   a sample alone as in the batch: True
    #> GroupNorm         the same in eval mode: True   a sample alone as in the batch: True
    #> InstanceNorm2d    the same in eval mode: True   a sample alone as in the batch: True
    #> RMSNorm           the same in eval mode: True   a sample alone as in the batch: True
    #> LocalResponseNorm the same in eval mode: True   a sample alone as in the batch: True
