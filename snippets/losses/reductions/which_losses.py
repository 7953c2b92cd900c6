import inspect

import torch.nn as nn

losses = sorted(name for name in dir(nn) if name.endswith("Loss"))
legacy = [name for name in losses if "size_average" in inspect.signature(getattr(nn, name)).parameters]
print(len(losses), len(legacy))
#> 23 17
# Every loss module except one has `reduction`:
print([name for name in losses if "reduction" not in inspect.signature(getattr(nn, name)).parameters])
#> ['AdaptiveLogSoftmaxWithLoss']
print(legacy)
#> ['BCELoss', 'BCEWithLogitsLoss', 'CosineEmbeddingLoss', 'CrossEntropyLoss', 'HingeEmbeddingLoss', 'KLDivLoss', 'L1Loss', 'MSELoss', 'MarginRankingLoss', 'MultiLabelMarginLoss', 'MultiLabelSoftMarginLoss', 'MultiMarginLoss', 'NLLLoss', 'PoissonNLLLoss', 'SmoothL1Loss', 'SoftMarginLoss', 'TripletMarginLoss']

# The newer losses never had the two arguments.
for name in losses:
    if name not in legacy:
        try:
            getattr(nn, name)(reduce=False)
        except TypeError as error:
            print(f"{type(error).__name__}: {error}")
            #> TypeError: AdaptiveLogSoftmaxWithLoss.__init__() got an unexpected keyword argument 'reduce'
            #> TypeError: CTCLoss.__init__() got an unexpected keyword argument 'reduce'
            #> TypeError: GaussianNLLLoss.__init__() got an unexpected keyword argument 'reduce'
            #> TypeError: HuberLoss.__init__() got an unexpected keyword argument 'reduce'
            #> TypeError: LinearCrossEntropyLoss.__init__() got an unexpected keyword argument 'reduce'
            #> TypeError: TripletMarginWithDistanceLoss.__init__() got an unexpected keyword argument 'reduce'
