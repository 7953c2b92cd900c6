# snippet-devices: cpu  (samplers draw their indices on the CPU, with a CPU generator)
import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

labels = torch.tensor([0] * 90 + [1] * 10)     # 90 negatives, 10 positives
features = torch.arange(100.0).unsqueeze(1)    # sample i has the feature i
class_counts = torch.bincount(labels)
sample_weights = 1.0 / class_counts[labels]    # both classes get the same total weight

sampler = WeightedRandomSampler(sample_weights, num_samples=len(labels), replacement=True,
                                generator=torch.Generator().manual_seed(0))
loader = DataLoader(TensorDataset(features, labels), batch_size=20, sampler=sampler)

epoch_features, epoch_labels = zip(*loader)
epoch_labels = torch.cat(epoch_labels)
print(class_counts.tolist(), torch.bincount(epoch_labels).tolist())
#> [90, 10] [53, 47]
# The positives of this epoch are the same 10 samples, each drawn several times.
positives = torch.cat(epoch_features)[epoch_labels == 1].flatten()
print(torch.unique(positives).int().tolist())
#> [90, 91, 92, 93, 94, 95, 96, 97, 98, 99]
