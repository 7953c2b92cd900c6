import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(d_model=16, nhead=2, dim_feedforward=32, batch_first=True)
decoder = nn.TransformerDecoder(layer, num_layers=2)
memory = torch.randn(2, 7, 16)                       # (N, S, E): the encoder's output
tgt = torch.randn(2, 5, 16)                          # (N, T, E): the target so far
tgt_mask = nn.Transformer.generate_square_subsequent_mask(5)
memory_padding = torch.arange(7) >= torch.tensor([7, 4])[:, None]
out = decoder(tgt, memory, tgt_mask=tgt_mask, memory_key_padding_mask=memory_padding)
print(out.shape)
#> torch.Size([2, 5, 16])

# nn.Transformer = encoder + decoder, each with a final LayerNorm; no embeddings, no positions.
model = nn.Transformer(d_model=16, nhead=2, num_encoder_layers=2, num_decoder_layers=2,
                       dim_feedforward=32, batch_first=True)
print(model(memory, tgt, tgt_mask=tgt_mask).shape)
#> torch.Size([2, 5, 16])
print(type(model.encoder.norm).__name__, type(model.decoder.norm).__name__)
#> LayerNorm LayerNorm
