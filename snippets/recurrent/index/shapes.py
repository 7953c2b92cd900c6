import torch
import torch.nn as nn

N, L, H_in, H = 8, 5, 10, 20               # batch, sequence length, input size, hidden size
print("layers  bidir  batch_first  proj   output        h_n          c_n")
#> layers  bidir  batch_first  proj   output        h_n          c_n
for num_layers, bidirectional, batch_first, proj_size in [
    (1, False, False, 0), (2, False, False, 0), (1, True, False, 0),
    (2, True, False, 0), (2, True, True, 0), (2, True, True, 6),
]:
    lstm = nn.LSTM(H_in, H, num_layers=num_layers, bidirectional=bidirectional,
                   batch_first=batch_first, proj_size=proj_size)
    x = torch.zeros(N, L, H_in) if batch_first else torch.zeros(L, N, H_in)
    output, (h_n, c_n) = lstm(x)
    print(f"{num_layers:>6}  {bidirectional!s:5}  {batch_first!s:11}  {proj_size:>4}   "
          f"{str(tuple(output.shape)):12}  {str(tuple(h_n.shape)):11}  {tuple(c_n.shape)}")
    #>      1  False  False           0   (5, 8, 20)    (1, 8, 20)   (1, 8, 20)
    #>      2  False  False           0   (5, 8, 20)    (2, 8, 20)   (2, 8, 20)
    #>      1  True   False           0   (5, 8, 40)    (2, 8, 20)   (2, 8, 20)
    #>      2  True   False           0   (5, 8, 40)    (4, 8, 20)   (4, 8, 20)
    #>      2  True   True            0   (8, 5, 40)    (4, 8, 20)   (4, 8, 20)
    #>      2  True   True            6   (8, 5, 12)    (4, 8, 6)    (4, 8, 20)
