# snippet-devices: cpu  (the messages name the CPU implementation; CUDA and cuDNN check differently)
import torch
import torch.nn.functional as F

# log_probs: (T=4 frames, N=2 sequences, C=3 symbols, blank=0); padded targets (N, S=2).
log_probs = torch.tensor([[[0.6, 0.2, 0.2], [0.4, 0.3, 0.3]],
                          [[0.2, 0.6, 0.2], [0.3, 0.4, 0.3]],
                          [[0.2, 0.2, 0.6], [0.3, 0.3, 0.4]],
                          [[0.6, 0.2, 0.2], [0.4, 0.3, 0.3]]]).log()
targets = torch.tensor([[1, 2],
                        [2, 1]])

for call in [
    lambda: F.ctc_loss(log_probs, targets, (4,), (2, 2)),                # one input length for 2 sequences
    lambda: F.ctc_loss(log_probs, targets, (4, 4), (2,)),                # one target length
    lambda: F.ctc_loss(log_probs.transpose(0, 1), targets, (4, 4), (2, 2)),  # (N, T, C) layout
    lambda: F.ctc_loss(log_probs, targets, (5, 4), (2, 2)),              # input length > T
    lambda: F.ctc_loss(log_probs, targets, (4, 4), (3, 2)),              # target length > S
    lambda: F.ctc_loss(log_probs, targets, torch.tensor([4.0, 4.0]), torch.tensor([2.0, 2.0])),
    lambda: F.ctc_loss(log_probs, targets, (4, 4), (2, 2), blank=3),     # blank must be < C
]:
    try:
        call()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> RuntimeError: input_lengths must be of size batch_size
        #> RuntimeError: target_lengths must be of size batch_size
        #> RuntimeError: input_lengths must be of size batch_size
        #> RuntimeError: Expected input_lengths to have value at most 4, but got value 5 (while checking arguments for ctc_loss_allocate_outputs)
        #> RuntimeError: Expected tensor to have size at least 3 at dimension 1, but got size 2 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
        #> RuntimeError: input_lengths must be integral
        #> RuntimeError: blank must be in label range

# A target that cannot fit in its input length is not an error: its loss is inf.
print(F.ctc_loss(log_probs, targets, (1, 4), (2, 2), reduction="none"))
#> tensor([   inf, 1.7767])
print(F.ctc_loss(log_probs, targets, (1, 4), (2, 2), reduction="none", zero_infinity=True))
#> tensor([0.0000, 1.7767])
