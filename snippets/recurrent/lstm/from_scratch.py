import torch
import torch.nn as nn
import torch.nn.functional as F


def lstm_cell(input, hx, weight_ih, weight_hh, bias_ih=None, bias_hh=None):
    """One step of nn.LSTMCell; hx = (h, c) or None. The four gates are stacked in the order i, f, g, o."""
    if hx is None:
        zeros = input.new_zeros(input.shape[:-1] + (weight_hh.shape[1],))
        hx = (zeros, zeros)
    h, c = hx
    gates = input @ weight_ih.T + h @ weight_hh.T
    if bias_ih is not None:
        gates = gates + bias_ih + bias_hh
    i, f, g, o = gates.chunk(4, dim=-1)
    c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)  # forget part of the cell, write the new part
    h = torch.sigmoid(o) * torch.tanh(c)  # expose part of the cell
    return h, c


def lstm(input, hx, params, num_layers=1, batch_first=False, dropout=0.0, training=True, bidirectional=False):
    """What nn.LSTM computes; params = dict(module.named_parameters()), hx = (h_0, c_0) or None.
    With proj_size > 0 the params hold weight_hr_l{k}, which projects each h to proj_size."""
    batched = input.dim() == 3
    if not batched:  # unbatched (L, H_in): a batch of one
        input = input.unsqueeze(1)
        hx = None if hx is None else (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
    elif batch_first:  # (N, L, H_in) -> (L, N, H_in); h_0 and c_0 are never batch-first
        input = input.transpose(0, 1)
    L, N = input.shape[:2]
    D = 2 if bidirectional else 1
    H, H_out = params["weight_hh_l0"].shape[0] // 4, params["weight_hh_l0"].shape[1]  # H_out = proj_size or H
    if hx is None:
        hx = (input.new_zeros(num_layers * D, N, H_out), input.new_zeros(num_layers * D, N, H))
    x, h_n, c_n = input, [], []
    for layer in range(num_layers):
        outputs = []
        for direction in range(D):
            suffix = f"_l{layer}" + ("_reverse" if direction else "")
            h, c = hx[0][layer * D + direction], hx[1][layer * D + direction]
            steps = range(L - 1, -1, -1) if direction else range(L)  # backward: from the last step to the first
            out = [None] * L
            for t in steps:
                h, c = lstm_cell(x[t], (h, c), params["weight_ih" + suffix], params["weight_hh" + suffix],
                                 params.get("bias_ih" + suffix), params.get("bias_hh" + suffix))
                if "weight_hr" + suffix in params:  # proj_size > 0: h = W_hr (o * tanh(c))
                    h = h @ params["weight_hr" + suffix].T
                out[t] = h
            outputs.append(torch.stack(out))
            h_n.append(h)  # the states after this direction's last step: t = L-1 forward, t = 0 backward
            c_n.append(c)
        x = torch.cat(outputs, dim=2)  # (L, N, D*H_out): the forward features, then the backward ones
        if dropout > 0 and training and layer < num_layers - 1:
            x = F.dropout(x, dropout)  # between layers only, never after the last one
    h_n, c_n = torch.stack(h_n), torch.stack(c_n)
    if not batched:
        return x.squeeze(1), (h_n.squeeze(1), c_n.squeeze(1))
    return (x.transpose(0, 1) if batch_first else x), (h_n, c_n)


# The example of the page: one unit, every weight 0.5 and every bias 0, inputs 1, 2, 3.
model = nn.LSTM(1, 1, dtype=torch.float64)
with torch.no_grad():
    for name, p in model.named_parameters():
        p.fill_(0.5 if name.startswith("weight") else 0.0)
x = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)  # unbatched (L=3, H_in=1)
with torch.no_grad():
    out, (h_n, c_n) = lstm(x, None, dict(model.named_parameters()))
    ref_out, (ref_h_n, ref_c_n) = model(x)
print(out.flatten(), ref_out.flatten(), sep="\n")      # h_1, h_2, h_3
#> tensor([0.1743, 0.5009, 0.7700], dtype=torch.float64)
#> tensor([0.1743, 0.5009, 0.7700], dtype=torch.float64)
print(c_n.flatten(), ref_c_n.flatten())                # c_3
#> tensor([1.4925], dtype=torch.float64) tensor([1.4925], dtype=torch.float64)

# Two layers, both directions, batch-first, proj_size=2: the same output, states and input gradient.
torch.manual_seed(0)
model = nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True, proj_size=2, dtype=torch.float64)
x = torch.randn(2, 5, 3, dtype=torch.float64, requires_grad=True)
out, (h_n, c_n) = lstm(x, None, dict(model.named_parameters()), num_layers=2, batch_first=True, bidirectional=True)
ref_out, (ref_h_n, ref_c_n) = model(x)
print(torch.allclose(out, ref_out), torch.allclose(h_n, ref_h_n), torch.allclose(c_n, ref_c_n))
#> True True True
grad, = torch.autograd.grad(out.sum() + c_n.sum(), x)
ref_grad, = torch.autograd.grad(ref_out.sum() + ref_c_n.sum(), x)
print(torch.allclose(grad, ref_grad))
#> True
