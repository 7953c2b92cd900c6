import torch
import torch.nn as nn
import torch.nn.functional as F


def rnn_cell(input, hx, weight_ih, weight_hh, bias_ih=None, bias_hh=None, nonlinearity="tanh"):
    """One step of nn.RNNCell: h' = act(x W_ih^T + b_ih + h W_hh^T + b_hh)."""
    if hx is None:
        hx = input.new_zeros(input.shape[:-1] + (weight_hh.shape[1],))
    pre = input @ weight_ih.T + hx @ weight_hh.T
    if bias_ih is not None:
        pre = pre + bias_ih + bias_hh
    return torch.tanh(pre) if nonlinearity == "tanh" else torch.relu(pre)


def rnn(input, hx, params, num_layers=1, nonlinearity="tanh", batch_first=False,
        dropout=0.0, training=True, bidirectional=False):
    """What nn.RNN computes; params = dict(module.named_parameters()), hx = h_0 or None."""
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
                h = rnn_cell(x[t], h, params["weight_ih" + suffix], params["weight_hh" + suffix],
                             params.get("bias_ih" + suffix), params.get("bias_hh" + suffix), nonlinearity)
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


# The example of the page: one unit, w_ih = 0.5, w_hh = -1, b_hh = 0.1, inputs 1, 2, 3.
model = nn.RNN(1, 1, dtype=torch.float64)
with torch.no_grad():
    model.weight_ih_l0.fill_(0.5)
    model.weight_hh_l0.fill_(-1.0)
    model.bias_ih_l0.fill_(0.0)
    model.bias_hh_l0.fill_(0.1)
x = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)  # unbatched (L=3, H_in=1)
with torch.no_grad():
    mine, theirs = rnn(x, None, dict(model.named_parameters())), model(x)
print(mine[0].flatten(), theirs[0].flatten(), sep="\n")  # the output h_1, h_2, h_3
#> tensor([0.5370, 0.5102, 0.7968], dtype=torch.float64)
#> tensor([0.5370, 0.5102, 0.7968], dtype=torch.float64)

# Two layers, both directions, batch-first: the same output and h_n, and the same input gradient.
torch.manual_seed(0)
model = nn.RNN(3, 4, num_layers=2, bidirectional=True, batch_first=True, dtype=torch.float64)
x = torch.randn(2, 5, 3, dtype=torch.float64, requires_grad=True)
out, h_n = rnn(x, None, dict(model.named_parameters()), num_layers=2, batch_first=True, bidirectional=True)
ref_out, ref_h_n = model(x)
print(torch.allclose(out, ref_out), torch.allclose(h_n, ref_h_n))
#> True True
grad, = torch.autograd.grad(out.sum() + h_n.sum(), x)
ref_grad, = torch.autograd.grad(ref_out.sum() + ref_h_n.sum(), x)
print(torch.allclose(grad, ref_grad))
#> True
