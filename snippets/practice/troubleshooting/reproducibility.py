import torch

# Float addition is not associative: the order of a sum changes the last bits, or more.
x = torch.tensor([1e8, 3.0, 3.0, -1e8])
print(((x[0] + x[1]) + x[2]) + x[3], (x[0] + (x[1] + x[2])) + x[3], x.double().sum())
#> tensor(0.) tensor(8.) tensor(6., dtype=torch.float64)

# Unseeded draws differ between runs; a seeded CPU generator repeats itself on every machine.
print(torch.equal(torch.rand(3), torch.rand(3)))
#> False
g1 = torch.Generator().manual_seed(0)
g2 = torch.Generator().manual_seed(0)
print(torch.equal(torch.rand(3, generator=g1, device="cpu"), torch.rand(3, generator=g2, device="cpu")))
#> True

# On NVIDIA GPUs, float32 matmuls are exact float32 by default, cuDNN convolutions use TF32.
print(torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32)
#> False True
