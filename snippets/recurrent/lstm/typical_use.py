import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
embedding = nn.Embedding(100, 8)
lstm = nn.LSTM(input_size=8, hidden_size=16, num_layers=2, batch_first=True, bidirectional=True)
tagger = nn.Linear(2 * 16, 5)                          # one of 5 tags per token, from both directions
tokens = torch.randint(0, 100, (4, 7))                 # 4 sentences of 7 tokens
tags = torch.randint(0, 5, (4, 7))

output, (h_n, c_n) = lstm(embedding(tokens))           # (h_0, c_0) default to zeros
logits = tagger(output)                                # (4, 7, 5): one prediction per step
loss = F.cross_entropy(logits.reshape(-1, 5), tags.reshape(-1))
loss.backward()
print(output.shape, h_n.shape, c_n.shape, logits.shape)
#> torch.Size([4, 7, 32]) torch.Size([4, 4, 16]) torch.Size([4, 4, 16]) torch.Size([4, 7, 5])
