import torch
import torch.nn as nn

BATCH_NORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.SyncBatchNorm)


def train_with_frozen_batch_norm(model):  # call it where you would call model.train()
    model.train()
    for module in model.modules():
        if isinstance(module, BATCH_NORMS):
            module.eval()  # normalize with the running statistics and stop updating them
            module.requires_grad_(False)  # optional: also freeze gamma and beta
    return model


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
bn = model[1]
x = torch.randn(16, 4) + 3.0  # new data, whose statistics differ from the old ones

# requires_grad_(False) freezes the weights, not the running statistics.
model[:3].requires_grad_(False)
model.train()
before = bn.running_mean.clone()
model(x)
print(torch.equal(bn.running_mean, before), bn.num_batches_tracked)
#> False tensor(1)

# eval() on the batch-norm modules freezes them.
train_with_frozen_batch_norm(model)
before = bn.running_mean.clone()
model(x)
print(torch.equal(bn.running_mean, before), bn.num_batches_tracked, bn.training, model.training)
#> True tensor(1) False True

# A frozen batch norm accepts a batch of 1, and a sample's output no longer depends on its batch.
print(torch.allclose(model(x[:1]), model(x)[:1]))
#> True

# model.train() switches every module back to training mode, batch norm included.
model.train()
print(bn.training)
#> True
try:
    model(x[:1])
except ValueError as error:
    print(f"ValueError: {error}")
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 8])
