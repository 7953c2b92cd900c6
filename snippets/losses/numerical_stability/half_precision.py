import torch
import torch.nn.functional as F

logits = torch.tensor([[1.37, -0.42, 2.91, 0.05],
                       [-1.18, 0.66, 0.23, -2.74],
                       [0.31, 1.92, -0.87, 1.49]])
labels = torch.tensor([2, 1, 3])
multi_hot = torch.tensor([[1.0, 0.0, 1.0, 0.0],
                          [0.0, 1.0, 1.0, 0.0],
                          [1.0, 1.0, 0.0, 1.0]])
pred = torch.tensor([0.113, 2.471, -1.358, 0.927, 3.301, -0.642])
obs = torch.tensor([0.25, 2.1, -1.7, 1.333, 2.9, -0.5])


def losses(dtype):
    return {"cross_entropy": F.cross_entropy(logits.to(dtype), labels),
            "bce_with_logits": F.binary_cross_entropy_with_logits(logits.to(dtype), multi_hot.to(dtype)),
            "mse_loss": F.mse_loss(pred.to(dtype), obs.to(dtype))}


reference = losses(torch.float32)
print(reference)
#> {'cross_entropy': tensor(0.6525), 'bce_with_logits': tensor(0.3396), 'mse_loss': tensor(0.1032)}
# Relative error of the same loss computed in half and in bfloat16 (the result keeps the input dtype).
# Its last digits depend on the kernel; that it stays below one eps of the dtype does not.
for dtype in [torch.float16, torch.bfloat16]:
    eps = torch.finfo(dtype).eps
    for name, value in losses(dtype).items():
        error = ((value.float() - reference[name]).abs() / reference[name]).item()
        print(dtype, name, value.dtype == dtype, error < eps)
        #> torch.float16 cross_entropy True True
        #> torch.float16 bce_with_logits True True
        #> torch.float16 mse_loss True True
        #> torch.bfloat16 cross_entropy True True
        #> torch.bfloat16 bce_with_logits True True
        #> torch.bfloat16 mse_loss True True
    print("eps", eps)
    #> eps 0.0009765625
    #> eps 0.0078125
