import torch
import torch.nn.functional as F

T, N, C = 10, 4, 5  # 10 frames, 4 utterances, blank + 4 labels
targets = torch.tensor([[1, 2, 3, 0], [4, 4, 0, 0], [2, 1, 4, 3], [3, 0, 0, 0]])
target_lengths = torch.tensor([3, 2, 4, 1])
input_lengths = torch.full((N,), T)

# A model that has not yet learned to use its input: one distribution for every frame.
bias = torch.zeros(C, requires_grad=True)
optimizer = torch.optim.SGD([bias], lr=0.5)
for step in range(61):
    log_probs = bias.log_softmax(dim=0).repeat(T, N, 1)
    loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)
    if step in (0, 60):
        print(f"step {step}: loss {loss.item():.4f}")
        #> step 0: loss 5.5347
        #> step 60: loss 2.0244
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()

print(bias.detach().softmax(dim=0))  # the blank (class 0) is the most likely class of every frame
#> tensor([0.7959, 0.0287, 0.0287, 0.0830, 0.0637])
print(log_probs.argmax(dim=2).unique().tolist())  # greedy decoding sees only blanks: empty strings
#> [0]
