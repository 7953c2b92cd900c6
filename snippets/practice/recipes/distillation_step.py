import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
teacher = nn.Sequential(nn.Linear(8, 32), nn.ReLU(), nn.Linear(32, 4))  # a trained model in practice
student = nn.Linear(8, 4)
optimizer = torch.optim.SGD(student.parameters(), lr=0.1)
x, y = torch.randn(16, 8), torch.randint(0, 4, (16,))
T, alpha = 4.0, 0.5  # temperature; weight of the soft term

teacher.eval()                      # the teacher's dropout and batch norm in inference mode
with torch.no_grad():               # no graph through the teacher: it is not trained
    teacher_logits = teacher(x)

student_logits = student(x)
soft = F.kl_div(F.log_softmax(student_logits / T, dim=1), F.softmax(teacher_logits / T, dim=1),
                reduction="batchmean") * T**2
hard = F.cross_entropy(student_logits, y)  # the true labels, at temperature 1
loss = alpha * soft + (1 - alpha) * hard
optimizer.zero_grad()
loss.backward()
optimizer.step()

print(teacher_logits.requires_grad, teacher_logits.grad_fn)
#> False None
print(all(p.grad is None for p in teacher.parameters()))
#> True
print(all(p.grad is not None for p in student.parameters()))
#> True
