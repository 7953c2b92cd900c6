import math

import torch
from torch.nn import LinearCrossEntropyOptions

# A language-model head: 8 sequences x 1024 tokens, hidden size 4096, vocabulary 128256, float32.
rows, in_features, num_classes = 8 * 1024, 4096, 128256
bytes_per = torch.tensor([], dtype=torch.float32).element_size()

full_logits = rows * num_classes * bytes_per
hidden = rows * in_features * bytes_per
print(f"full logits {full_logits:,} B = {full_logits / 2**30:.2f} GiB; hidden states {hidden / 2**20:.0f} MiB")
#> full logits 4,202,692,608 B = 3.91 GiB; hidden states 128 MiB

# The default chunking rule ("aspect_ratio:2"): a chunk's logits take about half the hidden states' memory.
per_chunk = math.ceil(rows / math.ceil(num_classes / in_features))
chunk_rows = (1 << (per_chunk - 1).bit_length()) // 2  # next power of two, halved
chunk_logits = chunk_rows * num_classes * bytes_per
print(per_chunk, chunk_rows, f"{chunk_logits:,} B = {chunk_logits / 2**20:.1f} MiB", full_logits // chunk_logits)
#> 256 128 65,667,072 B = 62.6 MiB 64
# The same row count from torch's resolver (a private helper, shown only to confirm the rule;
# device=None gives the fallback pick, which is also what float32 on CPU and CUDA get).
resolved = LinearCrossEntropyOptions()._adjust(num_batches=rows, in_features=in_features,
                                               num_classes=num_classes, dtype=torch.float32, device=None)
print(resolved.batch_chunk_size, resolved.chunking_method)
#> 128 aspect_ratio:2
