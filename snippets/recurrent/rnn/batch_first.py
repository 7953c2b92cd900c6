import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=4, num_layers=2, batch_first=True)
x = torch.randn(5, 7, 3)                   # (N=5, L=7, H_in=3)
output, h_n = rnn(x)
print(output.shape)                        # batch-first, like the input
#> torch.Size([5, 7, 4])
print(h_n.shape)                           # (num_layers, N, H): never batch-first
#> torch.Size([2, 5, 4])
print(torch.allclose(h_n[-1], output[:, -1]))  # the last layer's final state = the last step of the output
#> True

# h_0 has the same layout as h_n, whatever batch_first says.
try:
    rnn(x, torch.zeros(5, 2, 4))           # (N, num_layers, H): wrong
except RuntimeError as error:
    print(error)
    #> Expected hidden size (2, 5, 4), got [5, 2, 4]
print(rnn(x, torch.zeros(2, 5, 4))[1].shape)
#> torch.Size([2, 5, 4])
