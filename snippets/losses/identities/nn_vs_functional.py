import torch
import torch.nn as nn
import torch.nn.functional as F

# Small valid inputs shared by several losses.
x = torch.tensor([[0.8, -1.2, 0.3],
                  [-0.4, 0.6, 1.5]])
y = torch.tensor([[1.0, -0.5, 0.0],
                  [0.2, 0.9, 1.0]])
labels = torch.tensor([2, 0])
binary = torch.tensor([[1.0, 0.0, 1.0],
                       [0.0, 1.0, 1.0]])
signs = torch.tensor([1.0, -1.0])
w3 = torch.tensor([1.0, 2.0, 0.5])

torch.manual_seed(0)  # for the two modules that own parameters
linear_ce = nn.LinearCrossEntropyLoss(3, 4, bias=True, label_smoothing=0.1)
adaptive = nn.AdaptiveLogSoftmaxWithLoss(3, 6, cutoffs=[2, 4], div_value=1.0)

log_probs = torch.tensor([[[0.5, 0.4, 0.1]], [[0.3, 0.4, 0.3]], [[0.2, 0.1, 0.7]]]).log()
ctc_args = (log_probs, torch.tensor([[1, 2]]), (3,), (2,))

# name: (module call, functional call), with non-default arguments so that they are forwarded too.
pairs = {
    "L1Loss": (lambda: nn.L1Loss(reduction="sum")(x, y), lambda: F.l1_loss(x, y, reduction="sum")),
    "MSELoss": (lambda: nn.MSELoss()(x, y), lambda: F.mse_loss(x, y)),
    "HuberLoss": (lambda: nn.HuberLoss(delta=0.5)(x, y), lambda: F.huber_loss(x, y, delta=0.5)),
    "SmoothL1Loss": (lambda: nn.SmoothL1Loss(beta=0.5)(x, y), lambda: F.smooth_l1_loss(x, y, beta=0.5)),
    "CrossEntropyLoss": (lambda: nn.CrossEntropyLoss(weight=w3, label_smoothing=0.1)(x, labels),
                         lambda: F.cross_entropy(x, labels, weight=w3, label_smoothing=0.1)),
    "NLLLoss": (lambda: nn.NLLLoss(weight=w3, ignore_index=0)(x.log_softmax(1), labels),
                lambda: F.nll_loss(x.log_softmax(1), labels, weight=w3, ignore_index=0)),
    "KLDivLoss": (lambda: nn.KLDivLoss(reduction="batchmean")(x.log_softmax(1), y.softmax(1)),
                  lambda: F.kl_div(x.log_softmax(1), y.softmax(1), reduction="batchmean")),
    "BCELoss": (lambda: nn.BCELoss(weight=w3)(x.sigmoid(), binary),
                lambda: F.binary_cross_entropy(x.sigmoid(), binary, weight=w3)),
    "BCEWithLogitsLoss": (lambda: nn.BCEWithLogitsLoss(pos_weight=w3)(x, binary),
                          lambda: F.binary_cross_entropy_with_logits(x, binary, pos_weight=w3)),
    "MultiLabelSoftMarginLoss": (lambda: nn.MultiLabelSoftMarginLoss(weight=w3)(x, binary),
                                 lambda: F.multilabel_soft_margin_loss(x, binary, weight=w3)),
    "SoftMarginLoss": (lambda: nn.SoftMarginLoss()(x, 2 * binary - 1), lambda: F.soft_margin_loss(x, 2 * binary - 1)),
    "MultiMarginLoss": (lambda: nn.MultiMarginLoss(p=2, margin=0.5, weight=w3)(x, labels),
                        lambda: F.multi_margin_loss(x, labels, p=2, margin=0.5, weight=w3)),
    "MultiLabelMarginLoss": (lambda: nn.MultiLabelMarginLoss()(x, torch.tensor([[0, 2, -1], [1, -1, 0]])),
                             lambda: F.multilabel_margin_loss(x, torch.tensor([[0, 2, -1], [1, -1, 0]]))),
    "HingeEmbeddingLoss": (lambda: nn.HingeEmbeddingLoss(margin=2.0)(x.abs(), 2 * binary - 1),
                           lambda: F.hinge_embedding_loss(x.abs(), 2 * binary - 1, margin=2.0)),
    "MarginRankingLoss": (lambda: nn.MarginRankingLoss(margin=0.3)(x[:, 0], x[:, 1], signs),
                          lambda: F.margin_ranking_loss(x[:, 0], x[:, 1], signs, margin=0.3)),
    "CosineEmbeddingLoss": (lambda: nn.CosineEmbeddingLoss(margin=0.2)(x, y, signs),
                            lambda: F.cosine_embedding_loss(x, y, signs, margin=0.2)),
    "TripletMarginLoss": (lambda: nn.TripletMarginLoss(margin=0.5, swap=True)(x, y, -y),
                          lambda: F.triplet_margin_loss(x, y, -y, margin=0.5, swap=True)),
    "TripletMarginWithDistanceLoss": (
        lambda: nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(p=1))(x, y, -y),
        lambda: F.triplet_margin_with_distance_loss(x, y, -y, distance_function=nn.PairwiseDistance(p=1))),
    "PoissonNLLLoss": (lambda: nn.PoissonNLLLoss(full=True)(x, binary * 3),
                       lambda: F.poisson_nll_loss(x, binary * 3, full=True)),
    "GaussianNLLLoss": (lambda: nn.GaussianNLLLoss(eps=1e-3)(x, y, binary + 0.5),
                        lambda: F.gaussian_nll_loss(x, y, binary + 0.5, eps=1e-3)),
    "CTCLoss": (lambda: nn.CTCLoss(reduction="sum", zero_infinity=True)(*ctc_args),
                lambda: F.ctc_loss(*ctc_args, reduction="sum", zero_infinity=True)),
    "LinearCrossEntropyLoss": (
        lambda: linear_ce(x, labels),
        lambda: F.linear_cross_entropy(x, linear_ce.linear.weight, labels, linear_bias=linear_ce.linear.bias,
                                       label_smoothing=0.1)),
    # No function exists: the closest functional spelling is nll_loss on its log_prob().
    "AdaptiveLogSoftmaxWithLoss": (lambda: adaptive(x, labels).loss,
                                   lambda: F.nll_loss(adaptive.log_prob(x), labels)),
}
with torch.no_grad():
    for name, (module_call, function_call) in pairs.items():
        by_module, by_function = module_call(), function_call()
        same = torch.equal(by_module, by_function) if name != "AdaptiveLogSoftmaxWithLoss" else \
            torch.allclose(by_module, by_function)
        print(name, same)
        #> L1Loss True
        #> MSELoss True
        #> HuberLoss True
        #> SmoothL1Loss True
        #> CrossEntropyLoss True
        #> NLLLoss True
        #> KLDivLoss True
        #> BCELoss True
        #> BCEWithLogitsLoss True
        #> MultiLabelSoftMarginLoss True
        #> SoftMarginLoss True
        #> MultiMarginLoss True
        #> MultiLabelMarginLoss True
        #> HingeEmbeddingLoss True
        #> MarginRankingLoss True
        #> CosineEmbeddingLoss True
        #> TripletMarginLoss True
        #> TripletMarginWithDistanceLoss True
        #> PoissonNLLLoss True
        #> GaussianNLLLoss True
        #> CTCLoss True
        #> LinearCrossEntropyLoss True
        #> AdaptiveLogSoftmaxWithLoss True
print(len(pairs), hasattr(F, "adaptive_log_softmax_with_loss"))
#> 23 False
