import torch


def greedy_decode(log_probs, input_lengths, blank=0):  # log_probs: (T, N, C)
    best = log_probs.argmax(dim=2).T                   # (N, T): the most likely class of each frame
    decoded = []
    for path, length in zip(best, input_lengths.tolist()):
        path = torch.unique_consecutive(path[:length])  # 1. collapse repeats (padding frames dropped)
        decoded.append(path[path != blank].tolist())    # 2. drop the blanks
    return decoded


alphabet = "-ab"  # class 0 is the blank
frames = torch.tensor([[[0.1, 2.0, -1.0], [0.2, 1.5, -1.0]],
                       [[0.0, 1.8, 0.2], [2.0, 0.1, -1.0]],
                       [[1.5, 0.3, 0.0], [0.3, -1.0, 1.2]],
                       [[0.2, 1.1, 0.0], [0.0, -1.0, 0.9]],
                       [[0.1, 0.0, 1.9], [0.5, 0.6, 0.4]],
                       [[0.0, 0.2, 1.4], [0.0, 0.0, 0.0]],
                       [[1.2, 0.0, 0.3], [0.0, 0.0, 0.0]]])  # (T=7, N=2, C=3) logits
log_probs = frames.log_softmax(dim=2)
input_lengths = torch.tensor([7, 5])                    # the second sequence has 2 padding frames

print(["".join(alphabet[c] for c in path) for path in log_probs.argmax(dim=2).T.tolist()])
#> ['aa-abb-', 'a-bba--']
print(["".join(alphabet[c] for c in seq) for seq in greedy_decode(log_probs, input_lengths)])
#> ['aab', 'aba']
