import inspect

import torch
import torch.nn.functional as F

x = torch.tensor([1.0, 2.0, 3.0])
# Unlike F.dropout (training=True), the alpha variants default to training=False: a no-op.
print(inspect.signature(F.dropout).parameters["training"])
#> training: bool = True
print(inspect.signature(F.alpha_dropout).parameters["training"])
#> training: bool = False
print(inspect.signature(F.feature_alpha_dropout).parameters["training"])
#> training: bool = False
print(F.alpha_dropout(x, p=0.5) is x, F.feature_alpha_dropout(x.reshape(1, 3), p=0.5).equal(x.reshape(1, 3)))
#> True True
# The docstring of feature_alpha_dropout still says "training ... Default: True".
print("training: apply dropout if is ``True``. Default: ``True``" in F.feature_alpha_dropout.__doc__)
#> True
