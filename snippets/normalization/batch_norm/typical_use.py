import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 8, kernel_size=3, padding=1), nn.BatchNorm2d(8), nn.ReLU())
images = torch.randn(16, 3, 32, 32)  # a batch of 16 RGB images, (N, C, H, W)

out = model(images)  # train mode (the default): statistics of this batch, running statistics updated
print(out.shape, model[1].running_mean.shape, model[1].num_batches_tracked)
#> torch.Size([16, 8, 32, 32]) torch.Size([8]) tensor(1)

model.eval()  # before validation or inference: the running statistics, nothing is updated
# In eval mode a sample gives the same output alone as inside the batch.
print(model(images[:1]).shape, torch.allclose(model(images[:1]), model(images)[:1], atol=1e-5))
#> torch.Size([1, 8, 32, 32]) True
