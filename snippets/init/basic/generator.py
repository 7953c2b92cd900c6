import torch
import torch.nn as nn

# The same seed gives the same numbers, and the global generator is left alone.
state = torch.random.get_rng_state()
a = nn.init.uniform_(torch.empty(4, device="cpu"), generator=torch.Generator().manual_seed(7))
b = nn.init.uniform_(torch.empty(4, device="cpu"), generator=torch.Generator().manual_seed(7))
print(torch.equal(a, b), torch.equal(state, torch.random.get_rng_state()))
#> True True

# Without a generator, nn.init draws from the global one: torch.manual_seed fixes those numbers.
torch.manual_seed(7)
c = nn.init.uniform_(torch.empty(4, device="cpu"))
print(torch.equal(a, c))
#> True
