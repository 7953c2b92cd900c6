import torch
import torch.nn as nn

# T=3 frames, N=1 sequence, C=3 classes: 0 is the blank, 1 is "a", 2 is "b".
logits = torch.tensor([[[2.0, 1.0, 0.0]],
                       [[0.5, 1.5, 1.0]],
                       [[0.0, 0.5, 2.0]]])
log_probs = logits.log_softmax(dim=2)  # (T, N, C), normalized over the classes
targets = torch.tensor([[1, 2]])       # "ab", shape (N, S)
input_lengths = torch.tensor([3])
target_lengths = torch.tensor([2])

ctc = nn.CTCLoss(blank=0)
print(ctc(log_probs, targets, input_lengths, target_lengths))
#> tensor(0.4154)
# reduction='sum' gives -log p("ab" | x) itself; 'mean' divided it by the target length 2.
print(nn.CTCLoss(reduction="sum")(log_probs, targets, input_lengths, target_lengths))
#> tensor(0.8309)
