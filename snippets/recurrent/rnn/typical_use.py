import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
embedding = nn.Embedding(100, 8)                      # token ids -> 8-dim vectors
rnn = nn.RNN(input_size=8, hidden_size=16, batch_first=True)
classifier = nn.Linear(16, 3)
tokens = torch.randint(0, 100, (4, 7))                # a batch of 4 sequences of 7 tokens

output, h_n = rnn(embedding(tokens))                  # h_0 defaults to zeros
logits = classifier(h_n[-1])                          # the last layer's final state, (4, 16)
loss = F.cross_entropy(logits, torch.tensor([0, 2, 1, 0]))
loss.backward()
print(output.shape, h_n.shape, logits.shape)
#> torch.Size([4, 7, 16]) torch.Size([1, 4, 16]) torch.Size([4, 3])
