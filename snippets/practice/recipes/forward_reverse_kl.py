import torch
import torch.nn.functional as F

p = torch.tensor([[0.48, 0.02, 0.48, 0.02]])      # teacher: two equally likely classes
q_cover = torch.tensor([[0.30, 0.20, 0.30, 0.20]])  # a student that spreads over both
q_mode = torch.tensor([[0.94, 0.02, 0.02, 0.02]])   # a student that picks one of them


def forward_kl(log_q, log_p):  # KL(P || Q): what kl_div(input=log Q, target=P) computes
    return F.kl_div(log_q, log_p, reduction="batchmean", log_target=True)


def reverse_kl(log_q, log_p):  # KL(Q || P): swap the roles; the student is now the target
    return F.kl_div(log_p, log_q, reduction="batchmean", log_target=True)


for name, q in (("cover", q_cover), ("mode", q_mode)):
    print(name, f"forward {forward_kl(q.log(), p.log()):.4f}", f"reverse {reverse_kl(q.log(), p.log()):.4f}")
    #> cover forward 0.3591 reverse 0.6390
    #> mode forward 1.2029 reverse 0.5682

# log_target=True takes the teacher as log-probabilities: the same value as a probability target.
print(torch.allclose(forward_kl(q_mode.log(), p.log()), F.kl_div(q_mode.log(), p, reduction="batchmean")))
#> True

# In the reverse direction the student is kl_div's target, and the gradient still reaches it.
log_q = q_mode.log().requires_grad_()
reverse_kl(log_q, p.log()).backward()
print(log_q.grad is not None)
#> True
