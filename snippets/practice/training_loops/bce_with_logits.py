# snippet-devices: cpu  (shuffling DataLoader: under a CUDA default device randperm refuses the CPU generator)
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"
num_labels = 3  # 1 gives binary classification: the same loop, targets of shape (N, 1)

g = torch.Generator().manual_seed(0)
rules = torch.randn(4, num_labels, generator=g)  # label k is on where x @ rules[:, k] + noise > 0


def tagged_points(n, g):
    """4-D points with num_labels independent 0/1 labels each, drawn on the CPU generator g."""
    x = torch.randn(n, 4, generator=g)
    y = (x @ rules + 0.5 * torch.randn(n, num_labels, generator=g) > 0).float()  # float targets
    return TensorDataset(x, y)


train_loader = DataLoader(tagged_points(512, g), batch_size=32, shuffle=True, num_workers=0,
                          generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(tagged_points(256, g), batch_size=128, num_workers=0)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, num_labels)).to(device)
loss_fn = nn.BCEWithLogitsLoss()  # takes logits: no sigmoid in the model
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

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
            logits = model(x)
            val_sum += loss_fn(logits, y).item() * len(y)
            correct += ((logits > 0).float() == y).sum().item()  # logit > 0 means probability > 0.5
            val_n += len(y)
    print(f"epoch {epoch}: train {train_sum / train_n:.4f}  val {val_sum / val_n:.4f}  "
          f"label acc {correct / (val_n * num_labels):.3f}")
    #> epoch 0: train 0.6641  val 0.6433  label acc 0.661
    #> epoch 1: train 0.6043  val 0.5926  label acc 0.762
    #> epoch 2: train 0.5525  val 0.5474  label acc 0.812
    #> epoch 3: train 0.5072  val 0.5072  label acc 0.841
    #> epoch 4: train 0.4676  val 0.4716  label acc 0.853
