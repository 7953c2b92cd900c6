import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=3, hidden_size=4, num_layers=2)
x = torch.randn(5, 2, 3)
h_0, c_0 = torch.zeros(2, 2, 4), torch.zeros(2, 2, 4)
projected = nn.LSTM(input_size=3, hidden_size=4, proj_size=2)
for call in [
    lambda: lstm(x, h_0),                            # h_0 alone: LSTM needs the pair (h_0, c_0)
    lambda: lstm(x, (h_0, torch.zeros(1, 2, 4))),    # c_0 for one layer instead of two
    lambda: projected(x, (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4))),  # h_0 must have proj_size
]:
    try:
        call()
    except RuntimeError as error:
        print(error)
        #> For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors
        #> Expected hidden[1] size (2, 2, 4), got [1, 2, 4]
        #> Expected hidden[0] size (1, 2, 2), got [1, 2, 4]
