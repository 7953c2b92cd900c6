import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F

x3, x4, x5 = torch.ones(2, 3, 4), torch.ones(2, 3, 4, 4), torch.ones(2, 3, 2, 4, 4)
cases = [(nn.Dropout(), x3), (nn.Dropout1d(), x3), (nn.Dropout2d(), x4), (nn.Dropout3d(), x5),
         (nn.AlphaDropout(), x3), (nn.FeatureAlphaDropout(), x3)]
# After model.eval() every one of them returns its input itself.
print(all(module.eval()(x) is x for module, x in cases))
#> True
# The functional forms: training defaults to True for the dropout family and to False for the alpha family.
for fn in (F.dropout, F.dropout1d, F.dropout2d, F.dropout3d, F.alpha_dropout, F.feature_alpha_dropout):
    print(fn.__name__, inspect.signature(fn).parameters["training"].default)
    #> dropout True
    #> dropout1d True
    #> dropout2d True
    #> dropout3d True
    #> alpha_dropout False
    #> feature_alpha_dropout False
