import torch

torch.set_default_dtype(torch.float64)
torch.set_grad_enabled(False)
torch.set_printoptions(precision=2)
torch.use_deterministic_algorithms(True, warn_only=True)
torch.set_anomaly_enabled(True)
torch.set_float32_matmul_precision("medium")
torch.manual_seed(0)
x = torch.rand(2, requires_grad=True)
print(x.dtype, x.requires_grad)
#> torch.float64 True
print((x * 2).requires_grad, torch.tensor([1 / 3]))
#> False tensor([0.33])
torch.set_default_device("meta")
print(torch.empty(2).device)
#> meta
