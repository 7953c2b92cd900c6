import torch
import torch.nn.functional as F


class Lookup(torch.autograd.Function):
    """weight[indices], with its backward written out: the gradient rows are added into the table."""

    @staticmethod
    def forward(ctx, weight, indices, padding_idx, scale_grad_by_freq, sparse):
        ctx.save_for_backward(indices)
        ctx.options = weight.shape, padding_idx, scale_grad_by_freq, sparse
        return weight[indices]

    @staticmethod
    def backward(ctx, grad_output):
        indices, = ctx.saved_tensors
        shape, padding_idx, scale_grad_by_freq, sparse = ctx.options
        flat = indices.reshape(-1)
        grad = grad_output.reshape(flat.numel(), shape[1])  # one gradient row per looked-up index
        if scale_grad_by_freq:  # divide by how often each index occurs in this input
            counts = torch.bincount(flat, minlength=shape[0])
            grad = grad / counts[flat].unsqueeze(1)
        keep = flat != padding_idx  # the padding row receives nothing
        flat, grad = flat[keep], grad[keep]
        if sparse:  # only the rows that were looked up, as a sparse tensor
            if scale_grad_by_freq:
                raise RuntimeError("embedding_backward: scale_grad_by_freq not supported with sparse gradients")
            grad_weight = torch.sparse_coo_tensor(flat.unsqueeze(0), grad, shape, check_invariants=True)
        else:  # a dense table: rows that occur several times add up
            grad_weight = grad.new_zeros(shape).index_add_(0, flat, grad)
        return grad_weight, None, None, None, None


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False, sparse=False):
    num_embeddings = weight.shape[0]
    if padding_idx is not None:
        if not -num_embeddings <= padding_idx < num_embeddings:
            raise AssertionError("Padding_idx must be within num_embeddings")
        padding_idx %= num_embeddings  # -1 is the last row
    if input.dtype not in (torch.long, torch.int):
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {input.type()} instead (while checking arguments for embedding)")
    if max_norm is not None:  # rescale the rows about to be looked up, in place, outside autograd
        with torch.no_grad():
            rows = input.unique()
            norms = weight[rows].norm(p=norm_type, dim=1, keepdim=True)
            weight[rows] *= torch.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
    if ((input < 0) | (input >= num_embeddings)).any():
        raise IndexError("index out of range in self")
    return Lookup.apply(weight, input, -1 if padding_idx is None else padding_idx, scale_grad_by_freq, sparse)


# The example of the page: a table of 4 rows, token 0 pads, token 3 occurs twice.
weight = torch.tensor([[0.0, 0.0], [1.0, 1.5], [2.0, 2.5], [3.0, 3.5]], requires_grad=True)
tokens = torch.tensor([[3, 1, 0], [0, 2, 3]])
mine = embedding(tokens, weight, padding_idx=0, scale_grad_by_freq=True)
theirs = F.embedding(tokens, weight, padding_idx=0, scale_grad_by_freq=True)
print(torch.equal(mine, theirs))
#> True
upstream = torch.arange(12.0).reshape(2, 3, 2)  # a different gradient for every output element
print(torch.autograd.grad(mine, weight, upstream)[0])
#> tensor([[0., 0.],
#>         [2., 3.],
#>         [8., 9.],
#>         [5., 6.]])
print(torch.autograd.grad(theirs, weight, upstream)[0])
#> tensor([[0., 0.],
#>         [2., 3.],
#>         [8., 9.],
#>         [5., 6.]])

# max_norm rescales the rows that are looked up, in the weight itself.
w1, w2 = weight.detach().clone(), weight.detach().clone()
embedding(tokens, w1, max_norm=2.0), F.embedding(tokens, w2, max_norm=2.0)
print(w1, w2, sep="\n")
#> tensor([[0.0000, 0.0000],
#>         [1.0000, 1.5000],
#>         [1.2494, 1.5617],
#>         [1.3016, 1.5185]])
#> tensor([[0.0000, 0.0000],
#>         [1.0000, 1.5000],
#>         [1.2494, 1.5617],
#>         [1.3016, 1.5185]])
