import torch.nn as nn

lstm = nn.LSTM(input_size=3, hidden_size=4, num_layers=2, proj_size=2)
for name, p in lstm.named_parameters():
    print(f"{name:14} {tuple(p.shape)}")
    #> weight_ih_l0   (16, 3)
    #> weight_hh_l0   (16, 2)
    #> bias_ih_l0     (16,)
    #> bias_hh_l0     (16,)
    #> weight_hr_l0   (2, 4)
    #> weight_ih_l1   (16, 2)
    #> weight_hh_l1   (16, 2)
    #> bias_ih_l1     (16,)
    #> bias_hh_l1     (16,)
    #> weight_hr_l1   (2, 4)

# The 4 * hidden_size rows hold the gates in the order i, f, g, o.
w_ii, w_if, w_ig, w_io = lstm.weight_ih_l0.chunk(4, dim=0)
print(w_ii.shape)
#> torch.Size([4, 3])
