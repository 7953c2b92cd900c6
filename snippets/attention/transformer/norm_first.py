import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 5, 16) * 3 + 1  # (N, S, E), far from mean 0 and variance 1
for norm_first in [False, True]:
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True,
                                       norm_first=norm_first)
    out = layer(x)
    # Post-norm ends with a LayerNorm: every token comes out with mean 0 and variance 1.
    normalized = torch.allclose(out.mean(dim=-1), torch.zeros(2, 5), atol=1e-5)
    print(f"norm_first={norm_first}: every token normalized:", normalized)
    #> norm_first=False: every token normalized: True
    #> norm_first=True: every token normalized: False
