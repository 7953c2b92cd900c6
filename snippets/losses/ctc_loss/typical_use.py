import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(32, 20)                              # 20 classes per frame, class 0 is the blank
log_probs = model(torch.randn(50, 4, 32)).log_softmax(dim=2)  # (T=50 frames, N=4, C=20), time first
targets = torch.randint(1, 20, (4, 10))                # padded labels (N, S), never the blank
# frames and labels actually used by each of the 4 sequences
input_lengths, target_lengths = torch.tensor([50, 50, 45, 40]), torch.tensor([10, 7, 9, 5])
loss = nn.CTCLoss(blank=0)(log_probs, targets, input_lengths, target_lengths)
loss.backward()
print(log_probs.shape, targets.shape, loss.shape)
#> torch.Size([50, 4, 20]) torch.Size([4, 10]) torch.Size([])
