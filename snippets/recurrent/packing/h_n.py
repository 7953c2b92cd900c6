import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
lstm = nn.LSTM(input_size=2, hidden_size=3, batch_first=True, bidirectional=True, dtype=torch.float64)
sequences = [torch.randn(length, 2, dtype=torch.float64) for length in (5, 2, 4)]
lengths = [5, 2, 4]
padded = pad_sequence(sequences, batch_first=True)  # (3, 5, 2)

_, (h_padded, _) = lstm(padded)            # the padding is read as if it were data
packed_output, (h_packed, _) = lstm(pack_padded_sequence(padded, lengths, batch_first=True,
                                                         enforce_sorted=False))
alone = torch.stack([lstm(s.unsqueeze(0))[1][0][:, 0] for s in sequences], dim=1)  # each sequence by itself

print(torch.allclose(h_packed, alone))   # packed: the states of each sequence alone
#> True
print(torch.allclose(h_padded, alone))   # padded: both directions also read the padding
#> False

output, _ = pad_packed_sequence(packed_output, batch_first=True)
last = output[torch.arange(3), torch.tensor(lengths) - 1]  # each sequence's own last step
print(torch.allclose(h_packed[0], last[:, :3]))     # forward final state: at step length - 1
#> True
print(torch.allclose(h_packed[1], output[:, 0, 3:]))  # backward final state: at step 0
#> True
print(output[1, 2:].abs().sum().item())             # padded steps of the output are zeros
#> 0.0
