import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 3, 10)                  # (L=5, N=3, H_in=10)
for layer in (nn.RNN(10, 20), nn.GRU(10, 20), nn.LSTM(10, 20)):
    output, state = layer(x)
    parameters = sum(p.numel() for p in layer.parameters())
    states = [tuple(s.shape) for s in state] if isinstance(state, tuple) else tuple(state.shape)
    print(f"{type(layer).__name__:4} parameters={parameters:5}  output={tuple(output.shape)}  state={states}")
    #> RNN  parameters=  640  output=(5, 3, 20)  state=(1, 3, 20)
    #> GRU  parameters= 1920  output=(5, 3, 20)  state=(1, 3, 20)
    #> LSTM parameters= 2560  output=(5, 3, 20)  state=[(1, 3, 20), (1, 3, 20)]
