import torch
import torch.nn.functional as F

p = torch.tensor([[0.5, 0.4, 0.1]])
q = torch.tensor([[0.8, 0.15, 0.05]])

# kl_div(input=log Q, target=P) is KL(P || Q); swapping the roles gives KL(Q || P).
p_q = F.kl_div(q.log(), p, reduction="batchmean")
q_p = F.kl_div(p.log(), q, reduction="batchmean")
print(p_q, q_p)
#> tensor(0.2266) tensor(0.1942)
# The same numbers from the definition sum_i a_i * log(a_i / b_i).
print((p * (p / q).log()).sum(), (q * (q / p).log()).sum())
#> tensor(0.2266) tensor(0.1942)
