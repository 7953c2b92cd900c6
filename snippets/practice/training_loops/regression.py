# snippet-devices: cpu  (shuffling DataLoader: under a CUDA default device randperm refuses the CPU generator)
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"


def curve(n, g):
    """y = sin(2 x0) + 0.5 x1 + noise, drawn on the CPU generator g; targets of shape (n, 1)."""
    x = torch.rand(n, 2, generator=g) * 4 - 2
    y = torch.sin(2 * x[:, :1]) + 0.5 * x[:, 1:] + 0.1 * torch.randn(n, 1, generator=g)
    return TensorDataset(x, y)


g = torch.Generator().manual_seed(0)
train_loader = DataLoader(curve(512, g), batch_size=32, shuffle=True, num_workers=0,
                          generator=torch.Generator().manual_seed(0))
val_loader = DataLoader(curve(256, g), batch_size=128, num_workers=0)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 64), nn.Tanh(), nn.Linear(64, 1)).to(device)  # output (N, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)

for epoch in range(5):
    model.train()
    train_sum, train_n = 0.0, 0
    for x, y in train_loader:
        x, y = x.to(device), y.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)  # (N, 1) against (N, 1): no broadcasting
        loss.backward()
        optimizer.step()
        train_sum += loss.item() * len(y)
        train_n += len(y)

    model.eval()
    val_sum, val_n = 0.0, 0
    with torch.no_grad():
        for x, y in val_loader:
            x, y = x.to(device), y.to(device)
            val_sum += loss_fn(model(x), y).item() * len(y)
            val_n += len(y)
    print(f"epoch {epoch}: train {train_sum / train_n:.4f}  val {val_sum / val_n:.4f}")
    #> epoch 0: train 0.5615  val 0.4017
    #> epoch 1: train 0.4162  val 0.3708
    #> epoch 2: train 0.3958  val 0.3546
    #> epoch 3: train 0.3617  val 0.3131
    #> epoch 4: train 0.3103  val 0.2533
