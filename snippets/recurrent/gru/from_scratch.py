import torch
import torch.nn as nn
import torch.nn.functional as F


def gru_cell(input, hx, weight_ih, weight_hh, bias_ih=None, bias_hh=None):
    """One step of nn.GRUCell. The three gates are stacked in the order r, z, n."""
    if hx is None:
        hx = input.new_zeros(input.shape[:-1] + (weight_hh.shape[1],))
    gi, gh = input @ weight_ih.T, hx @ weight_hh.T
    if bias_ih is not None:
        gi, gh = gi + bias_ih, gh + bias_hh
    i_r, i_z, i_n = gi.chunk(3, dim=-1)
    h_r, h_z, h_n = gh.chunk(3, dim=-1)
    r = torch.sigmoid(i_r + h_r)  # reset gate
    z = torch.sigmoid(i_z + h_z)  # update gate
    n = torch.tanh(i_n + r * h_n)  # h_n = W_hn h + b_hn: the reset gate multiplies b_hn too
    return (1 - z) * n + z * hx  # z = 1 keeps the old state


def gru(input, hx, params, num_layers=1, batch_first=False, dropout=0.0, training=True, bidirectional=False):
    """What nn.GRU computes; params = dict(module.named_parameters()), hx = h_0 or None."""
    batched = input.dim() == 3
    if not batched:  # unbatched (L, H_in): a batch of one
        input, hx = input.unsqueeze(1), None if hx is None else hx.unsqueeze(1)
    elif batch_first:  # (N, L, H_in) -> (L, N, H_in); hx is never batch-first
        input = input.transpose(0, 1)
    L, N = input.shape[:2]
    D = 2 if bidirectional else 1
    if hx is None:
        hx = input.new_zeros(num_layers * D, N, params["weight_hh_l0"].shape[1])
    x, h_n = input, []
    for layer in range(num_layers):
        outputs = []
        for direction in range(D):
            suffix = f"_l{layer}" + ("_reverse" if direction else "")
            h = hx[layer * D + direction]  # h_0 is ordered layer by layer, forward then backward
            steps = range(L - 1, -1, -1) if direction else range(L)  # backward: from the last step to the first
            out = [None] * L
            for t in steps:
                h = gru_cell(x[t], h, params["weight_ih" + suffix], params["weight_hh" + suffix],
                             params.get("bias_ih" + suffix), params.get("bias_hh" + suffix))
                out[t] = h
            outputs.append(torch.stack(out))
            h_n.append(h)  # the state after this direction's last step: t = L-1 forward, t = 0 backward
        x = torch.cat(outputs, dim=2)  # (L, N, D*H): the forward features, then the backward ones
        if dropout > 0 and training and layer < num_layers - 1:
            x = F.dropout(x, dropout)  # between layers only, never after the last one
    h_n = torch.stack(h_n)
    if not batched:
        return x.squeeze(1), h_n.squeeze(1)
    return (x.transpose(0, 1) if batch_first else x), h_n


# The example of the page: one unit, every weight 0.5, every bias 0 except b_hn = 1, inputs 1, 2, 3.
model = nn.GRU(1, 1, dtype=torch.float64)
with torch.no_grad():
    for name, p in model.named_parameters():
        p.fill_(0.5 if name.startswith("weight") else 0.0)
    model.bias_hh_l0[2] = 1.0  # b_hn, the third of (b_hr, b_hz, b_hn)
x = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)  # unbatched (L=3, H_in=1)
with torch.no_grad():
    mine, theirs = gru(x, None, dict(model.named_parameters())), model(x)
print(mine[0].flatten(), theirs[0].flatten(), sep="\n")  # h_1, h_2, h_3
#> tensor([0.3052, 0.4610, 0.5403], dtype=torch.float64)
#> tensor([0.3052, 0.4610, 0.5403], dtype=torch.float64)

# Two layers, both directions, batch-first: the same output and h_n, and the same input gradient.
torch.manual_seed(0)
model = nn.GRU(3, 4, num_layers=2, bidirectional=True, batch_first=True, dtype=torch.float64)
x = torch.randn(2, 5, 3, dtype=torch.float64, requires_grad=True)
out, h_n = gru(x, None, dict(model.named_parameters()), num_layers=2, batch_first=True, bidirectional=True)
ref_out, ref_h_n = model(x)
print(torch.allclose(out, ref_out), torch.allclose(h_n, ref_h_n))
#> True True
grad, = torch.autograd.grad(out.sum() + h_n.sum(), x)
ref_grad, = torch.autograd.grad(ref_out.sum() + ref_h_n.sum(), x)
print(torch.allclose(grad, ref_grad))
#> True
