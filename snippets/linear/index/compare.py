import torch
import torch.nn as nn

torch.manual_seed(0)
x1, x2 = torch.randn(8, 20), torch.randn(8, 30)  # a batch of 8: 20 features, and 30 for Bilinear's second input
layers = [
    ("Linear(20, 30)", nn.Linear(20, 30), (x1,)),
    ("LazyLinear(30)", nn.LazyLinear(30), (x1,)),  # in_features = 20 is read from the first input
    ("Identity()", nn.Identity(), (x1,)),
    ("Bilinear(20, 30, 40)", nn.Bilinear(20, 30, 40), (x1, x2)),
]
for name, layer, inputs in layers:
    out = layer(*inputs)
    n_params = sum(p.numel() for p in layer.parameters())
    print(f"{name:21} -> {tuple(out.shape)}  {n_params} parameters")
    #> Linear(20, 30)        -> (8, 30)  630 parameters
    #> LazyLinear(30)        -> (8, 30)  630 parameters
    #> Identity()            -> (8, 20)  0 parameters
    #> Bilinear(20, 30, 40)  -> (8, 40)  24040 parameters
