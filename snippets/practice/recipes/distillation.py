import torch
import torch.nn.functional as F

student = torch.tensor([[2.0, 0.5, -1.0, 0.0],
                        [0.0, 1.5, 0.3, -0.5]])  # student logits: 2 samples, 4 classes
teacher = torch.tensor([[3.0, 1.0, -2.0, 0.5],
                        [-1.0, 2.5, 1.0, -1.0]])  # teacher logits for the same samples


def distillation_loss(student_logits, teacher_logits, T):
    log_q = F.log_softmax(student_logits / T, dim=1)  # student: log-probabilities at temperature T
    p = F.softmax(teacher_logits / T, dim=1)          # teacher: probabilities at temperature T
    return F.kl_div(log_q, p, reduction="batchmean") * T**2


# A higher temperature softens the teacher: the wrong classes get visible probabilities.
print(F.softmax(teacher[0], dim=0))
#> tensor([0.8169, 0.1106, 0.0055, 0.0671])
print(F.softmax(teacher[0] / 4, dim=0))
#> tensor([0.4118, 0.2498, 0.1180, 0.2204])
print(distillation_loss(student, teacher, T=4))
#> tensor(0.2625)

# Why T**2: without it the gradient reaching the student logits shrinks like 1 / T**2.
for T in (1, 2, 4, 8):
    s = student.clone().requires_grad_()
    kl = F.kl_div(F.log_softmax(s / T, dim=1), F.softmax(teacher / T, dim=1), reduction="batchmean")
    (grad,) = torch.autograd.grad(kl, s)
    print(f"T={T}  without T**2: {grad.norm():.4f}  with T**2: {(T**2 * grad).norm():.4f}")
    #> T=1  without T**2: 0.1248  with T**2: 0.1248
    #> T=2  without T**2: 0.0527  with T**2: 0.2107
    #> T=4  without T**2: 0.0156  with T**2: 0.2495
    #> T=8  without T**2: 0.0042  with T**2: 0.2657
