import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
cases = [
    (nn.Dropout1d(), (4, 10)), (nn.Dropout1d(), (2, 4, 10)), (nn.Dropout1d(), (2, 4, 10, 3)),
    (nn.Dropout2d(), (10,)), (nn.Dropout2d(), (4, 10)), (nn.Dropout2d(), (2, 4, 10)),
    (nn.Dropout2d(), (2, 4, 6, 6)), (nn.Dropout2d(), (2, 4, 6, 6, 3)),
    (nn.Dropout3d(), (4, 10, 6)), (nn.Dropout3d(), (4, 3, 6, 6)), (nn.Dropout3d(), (2, 4, 3, 6, 6)),
]
for module, shape in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = tuple(module(torch.randn(shape)).shape)
        except RuntimeError as error:
            result = f"RuntimeError: {str(error)[:47]}"
    print(type(module).__name__, shape, "->", result, "| warns" if caught else "")
    #> Dropout1d (4, 10) -> (4, 10)
    #> Dropout1d (2, 4, 10) -> (2, 4, 10)
    #> Dropout1d (2, 4, 10, 3) -> RuntimeError: dropout1d: Expected 2D or 3D input, but receive
    #> Dropout2d (10,) -> RuntimeError: Feature dropout requires at least 2 dimensions  | warns
    #> Dropout2d (4, 10) -> (4, 10) | warns
    #> Dropout2d (2, 4, 10) -> (2, 4, 10) | warns
    #> Dropout2d (2, 4, 6, 6) -> (2, 4, 6, 6)
    #> Dropout2d (2, 4, 6, 6, 3) -> (2, 4, 6, 6, 3) | warns
    #> Dropout3d (4, 10, 6) -> (4, 10, 6) | warns
    #> Dropout3d (4, 3, 6, 6) -> (4, 3, 6, 6)
    #> Dropout3d (2, 4, 3, 6, 6) -> (2, 4, 3, 6, 6)
