# snippet-devices: cpu  (CUDA checks the class values differently)
import torch
import torch.nn.functional as F

for args in [
    (torch.tensor([0.0, 2.0]),),           # float labels
    (torch.tensor([0, 2], dtype=torch.int32),),  # int32 labels
    (torch.tensor([-1, 2]),),              # a negative label, e.g. an ignore value
    (torch.tensor([0, 3]), 3),             # label 3 with only 3 classes (0, 1, 2)
    (torch.tensor([], dtype=torch.long),), # nothing to infer num_classes from
]:
    try:
        F.one_hot(*args)
    except RuntimeError as error:
        print(error)
        #> one_hot is only applicable to index tensor of type LongTensor.
        #> one_hot is only applicable to index tensor of type LongTensor.
        #> Class values must be non-negative.
        #> Class values must be smaller than num_classes.
        #> Can not infer total number of classes from empty tensor.
