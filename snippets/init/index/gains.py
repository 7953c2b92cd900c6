import math

import torch.nn as nn

for nonlinearity, param in [("linear", None), ("conv1d", None), ("conv2d", None), ("conv3d", None),
                            ("conv_transpose1d", None), ("conv_transpose2d", None), ("conv_transpose3d", None),
                            ("sigmoid", None), ("tanh", None), ("relu", None), ("selu", None),
                            ("leaky_relu", None), ("leaky_relu", 0), ("leaky_relu", 0.2), ("leaky_relu", math.sqrt(5))]:
    gain = nn.init.calculate_gain(nonlinearity, param)
    print(f"{nonlinearity:17} param={str(param)[:6]:6} gain {gain:.4f}")
    #> linear            param=None   gain 1.0000
    #> conv1d            param=None   gain 1.0000
    #> conv2d            param=None   gain 1.0000
    #> conv3d            param=None   gain 1.0000
    #> conv_transpose1d  param=None   gain 1.0000
    #> conv_transpose2d  param=None   gain 1.0000
    #> conv_transpose3d  param=None   gain 1.0000
    #> sigmoid           param=None   gain 1.0000
    #> tanh              param=None   gain 1.6667
    #> relu              param=None   gain 1.4142
    #> selu              param=None   gain 0.7500
    #> leaky_relu        param=None   gain 1.4141
    #> leaky_relu        param=0      gain 1.4142
    #> leaky_relu        param=0.2    gain 1.3868
    #> leaky_relu        param=2.2360 gain 0.5774
