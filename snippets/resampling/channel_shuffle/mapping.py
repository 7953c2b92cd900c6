import torch
import torch.nn.functional as F

x = torch.arange(12.0).view(1, 12, 1)  # channel k holds the value k
for groups in (2, 3, 4):
    print(groups, F.channel_shuffle(x, groups).flatten().long().tolist())
    #> 2 [0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11]
    #> 3 [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
    #> 4 [0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]
# as a table: 3 groups of 4 channels, read column by column
print(x.view(3, 4).T.flatten().long().tolist())
#> [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
