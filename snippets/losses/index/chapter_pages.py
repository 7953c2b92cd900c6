import torch.nn as nn
import torch.nn.functional as F

# The loss modules of torch.nn: every public class whose name ends in "Loss".
losses = sorted(name for name in dir(nn) if name.endswith("Loss"))
print(len(losses))
#> 23
# NLLLoss2d is not one more loss: it is a deprecated subclass of NLLLoss.
print(issubclass(nn.NLLLoss2d, nn.NLLLoss))
#> True
# Focal loss and Dice loss are in neither torch.nn nor torch.nn.functional.
print([name for name in dir(nn) + dir(F) if "focal" in name.lower() or "DiceLoss" in name or "dice_loss" in name])
#> []
