# snippet-devices: cpu  (the messages name the CPU kernels; CUDA kernels have other names)
import torch
import torch.nn.functional as F

x = torch.tensor([-2, 0, 3])  # int64, which the messages call 'Long'
for fn in [F.elu, F.celu, F.selu, F.rrelu, F.gelu,
           lambda t: F.softmax(t, dim=0),                    # dim is the last dim
           lambda t: F.softmax(t.reshape(3, 1), dim=0)]:     # dim is not the last dim
    try:
        fn(x)
    except NotImplementedError as error:
        print(f"{type(error).__name__}: {error}")
        #> NotImplementedError: "elu_cpu" not implemented for 'Long'
        #> NotImplementedError: "elu_cpu" not implemented for 'Long'
        #> NotImplementedError: "elu_cpu" not implemented for 'Long'
        #> NotImplementedError: "leaky_relu_cpu" not implemented for 'Long'
        #> NotImplementedError: "GeluKernelImpl" not implemented for 'Long'
        #> NotImplementedError: "softmax_lastdim_kernel_impl" not implemented for 'Long'
        #> NotImplementedError: "softmax_kernel_impl" not implemented for 'Long'
print(F.elu(x.float()))  # the fix: a floating-point tensor
#> tensor([-0.8647,  0.0000,  3.0000])

# The last word is the dtype: int32, int8, uint8 and bool are 'Int', 'Char', 'Byte' and 'Bool'.
for dtype in [torch.int32, torch.int8, torch.uint8, torch.bool]:
    try:
        F.elu(torch.ones(2, dtype=dtype))
    except NotImplementedError as error:
        print(error)
        #> "elu_cpu" not implemented for 'Int'
        #> "elu_cpu" not implemented for 'Char'
        #> "elu_cpu" not implemented for 'Byte'
        #> "elu_cpu" not implemented for 'Bool'

# A few activations accept integers: four keep the integer dtype, four return float32.
print(*(fn(x).dtype for fn in [F.relu, F.relu6, F.hardtanh, lambda t: F.threshold(t, 1, 0),
                               torch.sigmoid, torch.tanh, F.softsign, F.tanhshrink]))
#> torch.int64 torch.int64 torch.int64 torch.int64 torch.float32 torch.float32 torch.float32 torch.float32
