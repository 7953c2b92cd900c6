import inspect

import torch.nn as nn
import torch.nn.functional as F

PAIRS = {"L1Loss": "l1_loss", "MSELoss": "mse_loss", "HuberLoss": "huber_loss", "SmoothL1Loss": "smooth_l1_loss",
         "CrossEntropyLoss": "cross_entropy", "NLLLoss": "nll_loss", "KLDivLoss": "kl_div",
         "BCELoss": "binary_cross_entropy", "BCEWithLogitsLoss": "binary_cross_entropy_with_logits",
         "MultiLabelSoftMarginLoss": "multilabel_soft_margin_loss", "SoftMarginLoss": "soft_margin_loss",
         "MultiMarginLoss": "multi_margin_loss", "MultiLabelMarginLoss": "multilabel_margin_loss",
         "HingeEmbeddingLoss": "hinge_embedding_loss", "MarginRankingLoss": "margin_ranking_loss",
         "CosineEmbeddingLoss": "cosine_embedding_loss", "TripletMarginLoss": "triplet_margin_loss",
         "TripletMarginWithDistanceLoss": "triplet_margin_with_distance_loss",
         "PoissonNLLLoss": "poisson_nll_loss", "GaussianNLLLoss": "gaussian_nll_loss", "CTCLoss": "ctc_loss",
         "LinearCrossEntropyLoss": "linear_cross_entropy", "AdaptiveLogSoftmaxWithLoss": None}
LEGACY = {"self", "size_average", "reduce"}


def split(f):
    # (required parameters = the tensors, optional parameters = the settings), legacy arguments left out
    params = [p for p in inspect.signature(f).parameters.values() if p.name not in LEGACY]
    return ([p.name for p in params if p.default is p.empty], [p.name for p in params if p.default is not p.empty])


for module_name, function_name in PAIRS.items():
    module = getattr(nn, module_name)
    module_tensors, _ = split(module.forward)
    module_settings = [p for group in split(module) for p in group]  # constructor, required or not
    function_tensors, function_settings = split(getattr(F, function_name)) if function_name else ([], [])
    only_module = [p for p in module_settings if p not in function_settings]
    only_function = [p for p in function_settings if p not in module_settings]
    if only_module or only_function:
        print(module_name, "settings:", only_module, "|", function_name, "settings:", only_function)
        #> L1Loss settings: [] | l1_loss settings: ['weight']
        #> MSELoss settings: [] | mse_loss settings: ['weight']
        #> HuberLoss settings: [] | huber_loss settings: ['weight']
        #> LinearCrossEntropyLoss settings: ['in_features', 'num_classes', 'out_features', 'bias', 'device', 'dtype'] | linear_cross_entropy settings: ['linear_bias']
        #> AdaptiveLogSoftmaxWithLoss settings: ['in_features', 'n_classes', 'cutoffs', 'div_value', 'head_bias', 'device', 'dtype'] | None settings: []
    if module_tensors != function_tensors:
        print(module_name, "forward:", module_tensors, "|", function_name, "tensors:", function_tensors)
        #> PoissonNLLLoss forward: ['log_input', 'target'] | poisson_nll_loss tensors: ['input', 'target']
        #> LinearCrossEntropyLoss forward: ['input', 'target'] | linear_cross_entropy tensors: ['input', 'linear_weight', 'target']
        #> AdaptiveLogSoftmaxWithLoss forward: ['input_', 'target_'] | None tensors: []
