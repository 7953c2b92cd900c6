import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence


class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_size, num_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(embedding_dim, hidden_size, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, tokens):                      # tokens: (N, L), padded with 0
        lengths = (tokens != 0).sum(dim=1)
        packed = pack_padded_sequence(self.embedding(tokens), lengths.cpu(),  # lengths on the CPU
                                      batch_first=True, enforce_sorted=False)
        _, (h_n, _) = self.lstm(packed)
        summary = torch.cat([h_n[-2], h_n[-1]], dim=1)  # both directions' final states, (N, 2H)
        return self.head(summary)


torch.manual_seed(0)
model = LSTMClassifier(vocab_size=50, embedding_dim=8, hidden_size=16, num_classes=3)
tokens = torch.tensor([[7, 3, 9, 12, 4],
                       [5, 8, 0, 0, 0],
                       [2, 6, 6, 1, 0]])  # 3 sentences of lengths 5, 2 and 4
labels = torch.tensor([2, 0, 1])

logits = model(tokens)
loss = F.cross_entropy(logits, labels)
loss.backward()
print(logits.shape, loss.shape)
#> torch.Size([3, 3]) torch.Size([])

# Extra padding changes nothing: the logits of the short sentence are the same with 3 more zeros.
longer = F.pad(tokens, (0, 3))             # (3, 8)
print(torch.allclose(model(longer), logits, atol=1e-6))
#> True
