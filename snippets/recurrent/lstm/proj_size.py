import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=20, proj_size=5)
output, (h_n, c_n) = lstm(torch.randn(7, 3, 10))
print(output.shape, h_n.shape, c_n.shape)  # h and the output shrink to proj_size; c keeps hidden_size
#> torch.Size([7, 3, 5]) torch.Size([1, 3, 5]) torch.Size([1, 3, 20])
print(lstm.weight_hr_l0.shape, lstm.weight_hh_l0.shape)  # h = W_hr (o * tanh(c)); W_hh reads the short h
#> torch.Size([5, 20]) torch.Size([80, 5])
print(torch.allclose(output[-1], h_n[0]))
#> True

try:
    nn.LSTM(input_size=10, hidden_size=20, proj_size=20)
except ValueError as error:
    print(error)
    #> proj_size has to be smaller than hidden_size
