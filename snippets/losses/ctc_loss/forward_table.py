# The forward recursion of the by-hand example, in probability space with plain floats.
probs = [[0.5, 0.4, 0.1],
         [0.3, 0.4, 0.3],
         [0.2, 0.1, 0.7]]
blank = 0
ext = [blank, 1, blank, 2, blank]  # target "ab" extended with blanks: l' of length 2L + 1 = 5

alpha = [probs[0][ext[0]], probs[0][ext[1]], 0.0, 0.0, 0.0]  # t = 0: start in l'_0 or l'_1
print([round(a, 4) for a in alpha])
#> [0.5, 0.4, 0.0, 0.0, 0.0]
for t in range(1, 3):
    prev = alpha
    alpha = []
    for s, label in enumerate(ext):
        total = prev[s] + (prev[s - 1] if s >= 1 else 0.0)
        if s >= 2 and label != blank and label != ext[s - 2]:
            total += prev[s - 2]  # skip over a blank between two different labels
        alpha.append(total * probs[t][label])
    print([round(a, 4) for a in alpha])
    #> [0.15, 0.36, 0.12, 0.12, 0.0]
    #> [0.03, 0.051, 0.096, 0.42, 0.024]
# p("ab") = alpha_{T-1}(2L) + alpha_{T-1}(2L - 1): end in the final blank or in the last label.
print(round(alpha[-1] + alpha[-2], 4))
#> 0.444
