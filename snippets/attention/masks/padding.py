import torch

lengths = torch.tensor([4, 2, 3])
padding = torch.arange(4) >= lengths[:, None]  # (N, S), True = padding: a key_padding_mask
print(padding)
#> tensor([[False, False, False, False],
#>         [False, False,  True,  True],
#>         [False, False, False,  True]])

tokens = torch.tensor([[5, 7, 2, 9],
                       [4, 8, 0, 0],
                       [3, 3, 6, 0]])  # token 0 is the padding token
print(torch.equal(padding, tokens == 0))
#> True
attention_mask = (tokens != 0).long()  # 1 = real token: the convention of many tokenizers
print(torch.equal(padding, attention_mask == 0))
#> True

sdpa_mask = ~padding[:, None, None, :]  # (N, 1, 1, S), True = may attend: for SDPA
print(sdpa_mask.shape)
#> torch.Size([3, 1, 1, 4])
