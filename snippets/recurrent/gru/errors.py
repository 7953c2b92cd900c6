import torch
import torch.nn as nn

gru = nn.GRU(input_size=3, hidden_size=4, batch_first=True)
x = torch.randn(2, 5, 3)                   # (N=2, L=5, H_in=3)
for call in [
    lambda: gru(x, torch.zeros(2, 1, 4)),  # h_0 written batch-first: (N, 1, H)
    lambda: gru(x, (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4))),  # an LSTM-style pair
    lambda: nn.GRU(3, 4, proj_size=2),
]:
    try:
        call()
    except (RuntimeError, ValueError, AttributeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: Expected hidden size (1, 2, 4), got [2, 1, 4]
        #> AttributeError: 'tuple' object has no attribute 'dim'
        #> ValueError: proj_size argument is only supported for LSTM, not RNN or GRU
