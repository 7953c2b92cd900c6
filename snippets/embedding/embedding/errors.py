# snippet-devices: cpu  (CUDA reports an out-of-range index as a device-side assert)
import torch
import torch.nn as nn

embedding = nn.Embedding(5, 3)
for tokens in [
    torch.tensor([1, 5]),                  # index 5 in a table of 5 rows (0 to 4)
    torch.tensor([1, -1]),                 # negative indices do not count from the end
    torch.tensor([1.0, 2.0]),              # indices stored as floats
]:
    try:
        embedding(tokens)
    except (IndexError, RuntimeError) as error:
        print(f"{type(error).__name__}: {error}")
        #> IndexError: index out of range in self
        #> IndexError: index out of range in self
        #> RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
