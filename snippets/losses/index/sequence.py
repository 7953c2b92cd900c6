import torch
import torch.nn as nn

# CTC: per-frame scores (T, N, C) with class 0 as the blank; log_softmax over the classes.
logits = torch.tensor([[[2.0, 1.0, 0.0], [0.5, 0.5, 0.5]],
                       [[0.5, 1.5, 1.0], [0.0, 2.0, 0.0]],
                       [[0.0, 0.5, 2.0], [1.0, 0.0, 0.0]]])   # (T=3, N=2, C=3)
log_probs = logits.log_softmax(dim=2)
targets = torch.tensor([[1, 2],
                        [1, 0]])            # (N=2, S=2) padded labels, int64; row 2 uses 1 label
input_lengths = torch.tensor([3, 3])        # (N), frames used per sequence
target_lengths = torch.tensor([2, 1])       # (N), labels used per sequence
print(log_probs.shape, targets.dtype, input_lengths.dtype)
#> torch.Size([3, 2, 3]) torch.int64 torch.int64
print(nn.CTCLoss(blank=0)(log_probs, targets, input_lengths, target_lengths))
#> tensor(0.6166)

# Per-token classification of an aligned sequence is CrossEntropyLoss with the class dim second.
token_logits = logits.permute(1, 2, 0)      # (N=2, C=3, T=3)
token_target = torch.tensor([[0, 1, 2],
                             [1, 1, 0]])    # (N=2, T=3)
print(token_logits.shape, nn.CrossEntropyLoss()(token_logits, token_target))
#> torch.Size([2, 3, 3]) tensor(0.5473)
