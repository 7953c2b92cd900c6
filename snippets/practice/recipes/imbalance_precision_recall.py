import torch
import torch.nn.functional as F

# One feature, 40 negatives and 8 positives that overlap on [0, 1].
x = torch.cat([torch.linspace(-3.0, 1.0, 40), torch.linspace(0.0, 2.5, 8)])
y = torch.cat([torch.zeros(40), torch.ones(8)])

for pos_weight in (1.0, 2.0, 5.0):  # 5 = 40 negatives / 8 positives
    w = torch.zeros(2, requires_grad=True)  # logistic regression: logit = w[0] * x + w[1]
    optimizer = torch.optim.SGD([w], lr=2.0)
    for _ in range(60):
        loss = F.binary_cross_entropy_with_logits(w[0] * x + w[1], y, pos_weight=torch.tensor([pos_weight]))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    predicted = (w[0] * x + w[1]) > 0  # threshold 0.5 on the probability
    tp = (predicted & (y == 1)).sum().item()
    fp = (predicted & (y == 0)).sum().item()
    fn = (~predicted & (y == 1)).sum().item()
    print(f"pos_weight={pos_weight:g}  TP={tp} FP={fp} FN={fn}  "
          f"precision={tp / (tp + fp):.3f}  recall={tp / (tp + fn):.3f}")
    #> pos_weight=1  TP=5 FP=1 FN=3  precision=0.833  recall=0.625
    #> pos_weight=2  TP=6 FP=4 FN=2  precision=0.600  recall=0.750
    #> pos_weight=5  TP=7 FP=7 FN=1  precision=0.500  recall=0.875
