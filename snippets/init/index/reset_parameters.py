import torch
import torch.nn as nn

torch.manual_seed(0)
layers = {
    "Linear(256, 128)": nn.Linear(256, 128, device="cpu"),  # U(+-1/sqrt(256))
    "Conv2d(16, 32, 3)": nn.Conv2d(16, 32, 3, device="cpu"),  # U(+-1/sqrt(16 * 9))
    "Embedding(1000, 64)": nn.Embedding(1000, 64, padding_idx=0, device="cpu"),  # N(0, 1), padding row 0
    "LayerNorm(64)": nn.LayerNorm(64, device="cpu"),  # ones and zeros
    "BatchNorm2d(32)": nn.BatchNorm2d(32, device="cpu"),
    "LSTM(32, 64)": nn.LSTM(32, 64, device="cpu"),  # every parameter U(+-1/sqrt(64))
    "MultiheadAttention(64, 4)": nn.MultiheadAttention(64, 4, device="cpu"),
}
for name, layer in layers.items():
    for pname, p in layer.named_parameters():
        p = p.detach()
        print(f"{name:26} {pname:16} {str(tuple(p.shape)):14} min {p.min():8.4f} max {p.max():7.4f} std {p.std():.4f}")
        #> Linear(256, 128)           weight           (128, 256)     min  -0.0625 max  0.0625 std 0.0360
        #> Linear(256, 128)           bias             (128,)         min  -0.0614 max  0.0615 std 0.0387
        #> Conv2d(16, 32, 3)          weight           (32, 16, 3, 3) min  -0.0833 max  0.0833 std 0.0478
        #> Conv2d(16, 32, 3)          bias             (32,)          min  -0.0775 max  0.0741 std 0.0455
        #> Embedding(1000, 64)        weight           (1000, 64)     min  -4.1260 max  4.4179 std 1.0007
        #> LayerNorm(64)              weight           (64,)          min   1.0000 max  1.0000 std 0.0000
        #> LayerNorm(64)              bias             (64,)          min   0.0000 max  0.0000 std 0.0000
        #> BatchNorm2d(32)            weight           (32,)          min   1.0000 max  1.0000 std 0.0000
        #> BatchNorm2d(32)            bias             (32,)          min   0.0000 max  0.0000 std 0.0000
        #> LSTM(32, 64)               weight_ih_l0     (256, 32)      min  -0.1250 max  0.1250 std 0.0725
        #> LSTM(32, 64)               weight_hh_l0     (256, 64)      min  -0.1250 max  0.1250 std 0.0722
        #> LSTM(32, 64)               bias_ih_l0       (256,)         min  -0.1234 max  0.1245 std 0.0696
        #> LSTM(32, 64)               bias_hh_l0       (256,)         min  -0.1228 max  0.1245 std 0.0738
        #> MultiheadAttention(64, 4)  in_proj_weight   (192, 64)      min  -0.1531 max  0.1530 std 0.0885
        #> MultiheadAttention(64, 4)  in_proj_bias     (192,)         min   0.0000 max  0.0000 std 0.0000
        #> MultiheadAttention(64, 4)  out_proj.weight  (64, 64)       min  -0.1250 max  0.1250 std 0.0719
        #> MultiheadAttention(64, 4)  out_proj.bias    (64,)          min   0.0000 max  0.0000 std 0.0000
print(layers["Embedding(1000, 64)"].weight[0].abs().sum().item())  # the padding_idx row is 0
#> 0.0
