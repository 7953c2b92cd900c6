# snippet-devices: cpu  (the messages name CPU kernels; CUDA has its own kernels and dtype lists)
import torch
import torch.nn as nn
import torch.nn.functional as F


def all_losses(dtype):
    # one small valid call per loss, every tensor in `dtype` (except integer targets)
    x = torch.tensor([[0.8, -1.2, 0.3], [-0.4, 0.6, 1.5]], dtype=dtype, requires_grad=True)
    y = torch.tensor([[1.0, -0.5, 0.0], [0.2, 0.9, 1.0]], dtype=dtype)
    b = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], dtype=dtype)
    labels, signs = torch.tensor([2, 0]), torch.tensor([1.0, -1.0], dtype=dtype)
    log_probs = torch.tensor([[[0.5, 0.4, 0.1]], [[0.3, 0.4, 0.3]], [[0.2, 0.1, 0.7]]], dtype=dtype).log()
    linear_ce = nn.LinearCrossEntropyLoss(3, 4, dtype=dtype)
    adaptive = nn.AdaptiveLogSoftmaxWithLoss(3, 6, cutoffs=[2, 4], div_value=1.0, dtype=dtype)
    return x, {
        "L1Loss": lambda: F.l1_loss(x, y), "MSELoss": lambda: F.mse_loss(x, y),
        "HuberLoss": lambda: F.huber_loss(x, y), "SmoothL1Loss": lambda: F.smooth_l1_loss(x, y),
        "CrossEntropyLoss": lambda: F.cross_entropy(x, labels),
        "NLLLoss": lambda: F.nll_loss(x.log_softmax(1), labels),
        "KLDivLoss": lambda: F.kl_div(x.log_softmax(1), y.softmax(1), reduction="batchmean"),
        "BCELoss": lambda: F.binary_cross_entropy(x.sigmoid(), b),
        "BCEWithLogitsLoss": lambda: F.binary_cross_entropy_with_logits(x, b),
        "MultiLabelSoftMarginLoss": lambda: F.multilabel_soft_margin_loss(x, b),
        "SoftMarginLoss": lambda: F.soft_margin_loss(x, 2 * b - 1),
        "MultiMarginLoss": lambda: F.multi_margin_loss(x, labels),
        "MultiLabelMarginLoss": lambda: F.multilabel_margin_loss(x, torch.tensor([[0, 2, -1], [1, -1, 0]])),
        "HingeEmbeddingLoss": lambda: F.hinge_embedding_loss(x, 2 * b - 1),
        "MarginRankingLoss": lambda: F.margin_ranking_loss(x[:, 0], x[:, 1], signs),
        "CosineEmbeddingLoss": lambda: F.cosine_embedding_loss(x, y, signs),
        "TripletMarginLoss": lambda: F.triplet_margin_loss(x, y, -y),
        "TripletMarginWithDistanceLoss": lambda: F.triplet_margin_with_distance_loss(x, y, -y),
        "PoissonNLLLoss": lambda: F.poisson_nll_loss(x, 3 * b),
        "GaussianNLLLoss": lambda: F.gaussian_nll_loss(x, y, b + 0.5),
        "CTCLoss": lambda: F.ctc_loss(log_probs.requires_grad_(), torch.tensor([[1, 2]]), (3,), (2,)),
        "LinearCrossEntropyLoss": lambda: linear_ce(x, labels),
        "AdaptiveLogSoftmaxWithLoss": lambda: adaptive(x, labels).loss,
    }


# Forward and backward of all 23 losses on CPU in float16 and bfloat16.
for dtype in [torch.float16, torch.bfloat16]:
    x, calls = all_losses(dtype)
    working = 0
    for name, call in calls.items():
        try:
            loss = call()
            loss.backward()
            working += loss.dtype == dtype
        except NotImplementedError as error:
            print(f"{name}: {type(error).__name__}: {error}")
            #> MultiMarginLoss: NotImplementedError: "multi_margin_loss_cpu_kernel" not implemented for 'Half'
            #> MultiLabelMarginLoss: NotImplementedError: "multilabel_margin_loss_forward_out_frame" not implemented for 'Half'
            #> CTCLoss: NotImplementedError: "ctc_loss_cpu" not implemented for 'Half'
            #> MultiMarginLoss: NotImplementedError: "multi_margin_loss_cpu_kernel" not implemented for 'BFloat16'
            #> MultiLabelMarginLoss: NotImplementedError: "multilabel_margin_loss_forward_out_frame" not implemented for 'BFloat16'
            #> CTCLoss: NotImplementedError: "ctc_loss_cpu" not implemented for 'BFloat16'
    print(dtype, working, "of", len(calls), "work")
    #> torch.float16 20 of 23 work
    #> torch.bfloat16 20 of 23 work
