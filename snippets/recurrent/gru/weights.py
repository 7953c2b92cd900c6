import torch.nn as nn

gru = nn.GRU(input_size=3, hidden_size=4, bidirectional=True)
for name, p in gru.named_parameters():
    print(f"{name:22} {tuple(p.shape)}")
    #> weight_ih_l0           (12, 3)
    #> weight_hh_l0           (12, 4)
    #> bias_ih_l0             (12,)
    #> bias_hh_l0             (12,)
    #> weight_ih_l0_reverse   (12, 3)
    #> weight_hh_l0_reverse   (12, 4)
    #> bias_ih_l0_reverse     (12,)
    #> bias_hh_l0_reverse     (12,)

# The 3 * hidden_size rows hold the gates in the order r, z, n.
b_hr, b_hz, b_hn = gru.bias_hh_l0.chunk(3)
print(b_hn.shape)
#> torch.Size([4])
