import torch
import torch.nn.functional as F

x = torch.zeros(2, 3, 4)
try:
    F.rms_norm(x, 4)  # the functional form wants a list or tuple
except TypeError as error:
    print(f"TypeError: {error}")
    #> TypeError: rms_norm(): argument 'normalized_shape' (position 2) must be tuple of ints, not int
try:
    F.rms_norm(x, [3])  # normalized_shape must match the LAST dimensions
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Given normalized_shape=[3], expected input with shape [*3], but got input of size[2, 3, 4]
try:
    F.rms_norm(torch.tensor(2.0), [])
except RuntimeError as error:
    print(f"RuntimeError: {error}")
    #> RuntimeError: Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []
