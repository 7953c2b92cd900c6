# snippet-devices: cpu  (shuffling DataLoader: under a CUDA default device randperm refuses the CPU generator)
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"


def blobs(n, g):
    """Three classes of 2-D points around three centers, drawn on the CPU generator g."""
    centers = torch.tensor([[2.0, 0.0], [-1.0, 1.7], [-1.0, -1.7]])
    labels = torch.randint(0, 3, (n,), generator=g)
    return TensorDataset(centers[labels] + torch.randn(n, 2, generator=g), labels)


g = torch.Generator().manual_seed(0)
train_loader = DataLoader(blobs(512, g), batch_size=32, shuffle=True, num_workers=0,
                          generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(blobs(256, g), batch_size=128, num_workers=0)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 3),
                      nn.LogSoftmax(dim=1)).to(device)  # the model outputs log-probabilities
loss_fn = nn.NLLLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)

for epoch in range(5):
    model.train()
    train_sum, train_n = 0.0, 0
    for x, y in train_loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        train_sum += loss.item() * len(y)
        train_n += len(y)

    model.eval()
    val_sum, correct, val_n = 0.0, 0, 0
    with torch.no_grad():
        for x, y in val_loader:
            x, y = x.to(device), y.to(device)
            log_probs = model(x)
            val_sum += loss_fn(log_probs, y).item() * len(y)
            correct += (log_probs.argmax(dim=1) == y).sum().item()
            val_n += len(y)
    print(f"epoch {epoch}: train {train_sum / train_n:.4f}  val {val_sum / val_n:.4f}  acc {correct / val_n:.3f}")
    #> epoch 0: train 0.6847  val 0.4080  acc 0.938
    #> epoch 1: train 0.3923  val 0.2691  acc 0.969
    #> epoch 2: train 0.3097  val 0.2121  acc 0.969
    #> epoch 3: train 0.2730  val 0.1824  acc 0.969
    #> epoch 4: train 0.2522  val 0.1643  acc 0.969

