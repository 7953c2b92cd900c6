import torch
import torch.nn.functional as F


def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False,
                  mode="mean", sparse=False, per_sample_weights=None, include_last_offset=False,
                  padding_idx=None):
    if per_sample_weights is not None and input.shape != per_sample_weights.shape:
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is not None, "
                         f"then it must have the same shape as the input ({input.shape})")
    if input.dim() == 2:  # a batch of bags of the same length: row b is bag b
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             f"fixed length sequences. However, found offsets of type {type(offsets)}")
        offsets = torch.arange(0, input.numel(), input.shape[1], device=input.device)
        input, include_last_offset = input.reshape(-1), False
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif offsets is None:
        raise ValueError("offsets has to be a 1D Tensor but got None")
    if mode not in ("sum", "mean", "max"):
        raise ValueError("mode has to be one of sum, mean or max")
    if mode == "max" and scale_grad_by_freq:
        raise ValueError("max mode does not support scaling the gradient by the frequency")
    if mode == "max" and sparse:
        raise ValueError("max mode does not support sparse weights")
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                  f"supported for mode='sum' (got mode='{mode}'). Please open a feature request on GitHub.")
    # A negative padding_idx counts from the end; without one, -1 matches no index.
    padding_idx = -1 if padding_idx is None else padding_idx % weight.shape[0]

    # One vector per index: the lookup of F.embedding (max_norm, gradient scaling and sparse act there).
    vectors = F.embedding(input, weight, None, max_norm, norm_type, scale_grad_by_freq, sparse)
    if per_sample_weights is not None:
        vectors = vectors * per_sample_weights.unsqueeze(1)
    # Bag b holds the indices from offsets[b] up to the next offset (the last bag: to the end of the input,
    # or, with include_last_offset, up to the last offset, which only closes the bag before it).
    starts = offsets.tolist()
    ends = starts[1:] + ([] if include_last_offset else [input.numel()])
    bags = []
    for start, end in zip(starts, ends):
        kept = vectors[start:end][input[start:end] != padding_idx]  # padding indices are left out
        if len(kept) == 0:
            bags.append(weight.new_zeros(weight.shape[1]))  # an empty bag gives zeros
        elif mode == "sum":
            bags.append(kept.sum(dim=0))
        elif mode == "mean":
            bags.append(kept.mean(dim=0))  # divided by the number of indices kept
        else:
            bags.append(kept.max(dim=0).values)  # per dimension: the result may mix rows
    return torch.stack(bags) if bags else vectors[:0]  # no bags at all: an empty (0, H) result


# The example of the page: bags [1, 2], [] and [4, 5, 4, 3]; token 4 pads in the second call.
weight = torch.tensor([[0.0, 0.0], [1.0, -2.0], [3.0, 1.0], [-1.0, 4.0], [2.0, 2.0], [0.5, -1.0]],
                      requires_grad=True)
tokens = torch.tensor([1, 2, 4, 5, 4, 3])
offsets = torch.tensor([0, 2, 2])
print(embedding_bag(tokens, weight, offsets, mode="max").tolist())
#> [[3.0, 1.0], [0.0, 0.0], [2.0, 4.0]]
print(F.embedding_bag(tokens, weight, offsets, mode="max").tolist())
#> [[3.0, 1.0], [0.0, 0.0], [2.0, 4.0]]
print(embedding_bag(tokens, weight, offsets, padding_idx=4).tolist())
#> [[2.0, -0.5], [0.0, 0.0], [-0.25, 1.5]]
print(F.embedding_bag(tokens, weight, offsets, padding_idx=4).tolist())
#> [[2.0, -0.5], [0.0, 0.0], [-0.25, 1.5]]

# The gradient of 'max' reaches, in each column, only the row that held the maximum.
upstream = torch.tensor([[1.0, 10.0], [0.0, 0.0], [100.0, 1000.0]])
mine, = torch.autograd.grad(embedding_bag(tokens, weight, offsets, mode="max"), weight, upstream)
theirs, = torch.autograd.grad(F.embedding_bag(tokens, weight, offsets, mode="max"), weight, upstream)
print(mine.tolist())
#> [[0.0, 0.0], [0.0, 0.0], [1.0, 10.0], [0.0, 1000.0], [100.0, 0.0], [0.0, 0.0]]
print(theirs.tolist())
#> [[0.0, 0.0], [0.0, 0.0], [1.0, 10.0], [0.0, 1000.0], [100.0, 0.0], [0.0, 0.0]]
