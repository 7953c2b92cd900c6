import torch
import torch.nn as nn
import torch.nn.functional as F

original = torch.tensor([3.0, 4.0, 0.0, 0.0, 12.0])
for clip in ["norm", "value"]:
    p = nn.Parameter(torch.zeros(5))
    p.grad = original.clone()
    if clip == "norm":
        nn.utils.clip_grad_norm_([p], max_norm=6.5)
    else:
        nn.utils.clip_grad_value_([p], clip_value=3.5)  # each element into [-3.5, 3.5]
    # clip_grad_norm_ keeps the direction (cosine 1); clip_grad_value_ turns it
    print(clip, p.grad, round(F.cosine_similarity(p.grad, original, dim=0).item(), 4))
    #> norm tensor([1.5000, 2.0000, 0.0000, 0.0000, 6.0000]) 1.0
    #> value tensor([3.0000, 3.5000, 0.0000, 0.0000, 3.5000]) 0.8639
