# snippet-devices: cpu  (the messages name the CPU kernel and its argument checks)
import torch
import torch.nn.functional as F

log_probs = torch.tensor([[[0.6, 0.4]],
                          [[0.6, 0.4]],
                          [[0.6, 0.4]]]).log()  # (T=3, N=1, C=2)
targets = torch.tensor([[1]])

for call in [
    lambda: F.ctc_loss(log_probs, targets, (4,), (1,)),                        # input length > T
    lambda: F.ctc_loss(log_probs, targets, (3,), (2,)),                        # target length > S
    lambda: F.ctc_loss(log_probs, torch.tensor([1]), (3,), (2,)),              # concatenated too short
    lambda: F.ctc_loss(log_probs.transpose(0, 1), targets, (3,), (1,)),        # (N, T, C) given
    lambda: F.ctc_loss(log_probs, targets, (3,), (1,), blank=2),               # blank must be < C
    lambda: F.ctc_loss(log_probs, targets, torch.tensor([3.0]), torch.tensor([1.0])),  # float lengths
    lambda: F.ctc_loss(log_probs.half(), targets, (3,), (1,)),                 # no float16 on CPU
]:
    try:
        call()
    except (RuntimeError, NotImplementedError) as error:
        print(f"{type(error).__name__}: {error}")
        #> RuntimeError: Expected input_lengths to have value at most 3, but got value 4 (while checking arguments for ctc_loss_allocate_outputs)
        #> RuntimeError: Expected tensor to have size at least 2 at dimension 1, but got size 1 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
        #> RuntimeError: Expected tensor to have size 2 at dimension 0, but got size 1 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
        #> RuntimeError: input_lengths must be of size batch_size
        #> RuntimeError: blank must be in label range
        #> RuntimeError: input_lengths must be integral
        #> NotImplementedError: "ctc_loss_cpu" not implemented for 'Half'
