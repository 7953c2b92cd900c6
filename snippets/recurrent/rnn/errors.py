import torch
import torch.nn as nn

rnn = nn.RNN(input_size=3, hidden_size=4, num_layers=2)
x = torch.randn(5, 2, 3)
for call in [
    lambda: rnn(x, torch.zeros(1, 2, 4)),      # h_0 for one layer instead of two
    lambda: rnn(x, torch.zeros(2, 4)),         # h_0 without its batch dimension
    lambda: rnn(torch.randn(5, 2, 6)),         # 6 features, input_size is 3
    lambda: nn.RNN(3, 4, proj_size=2),         # projections exist for LSTM only
    lambda: nn.RNN(3, 4, nonlinearity="sigmoid"),
]:
    try:
        call()
    except (RuntimeError, ValueError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: Expected hidden size (2, 2, 4), got [1, 2, 4]
        #> RuntimeError: For batched 3-D input, hx should also be 3-D but got 2-D tensor
        #> RuntimeError: input.size(-1) must be equal to input_size. Expected 3, got 6
        #> ValueError: proj_size argument is only supported for LSTM, not RNN or GRU
        #> ValueError: Unknown nonlinearity 'sigmoid'. Select from 'tanh' or 'relu'.
