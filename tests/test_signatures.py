"""Every signature block on a page is torch's own: names, order, kinds and defaults.

A page's `{ #signature }` section opens with a ```python block of calls such as
`torch.nn.functional.kl_div(input, target, size_average=None, ...)`, one per class or
function, continued over lines as needed, with optional comments. Each is
compared with `inspect.signature` of the object it names in the pinned torch (for a
builtin without one, with the signature line of its docstring). A function outside torch
(a page beyond torch.nn: `dice_loss(...)`, `torchvision.ops.sigmoid_focal_loss(...)`) is
compared with the function of that name in the page's from_scratch.py.
"""

import ast
import inspect
import math
import re

import pytest
import torch

import from_scratch_loader
from conftest import ROOT
from site_layout import DOCS, pages

SIGNATURE_SECTION = re.compile(r"^## [^\n]*\{ #signature \}\s*$(.*?)(?=^## )", re.M | re.S)
PYTHON_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.M | re.S)
CALL_START = re.compile(r"^(\w+(?:\.\w+)*)\(")
PAGES = [p for p in pages() if p.suffix == ".md" and SIGNATURE_SECTION.search(p.read_text(encoding="utf-8"))]


def rel(path):
    return path.relative_to(ROOT).as_posix()


def documented_signatures(page):
    """[(line number, dotted name, parameter text)] from the page's signature block."""
    text = page.read_text(encoding="utf-8")
    section = SIGNATURE_SECTION.search(text)
    block = PYTHON_BLOCK.search(section.group(1))
    assert block, f"{rel(page)}: the signature section has no ```python block"
    first_line = text[: section.start(1) + block.start(1)].count("\n") + 1
    entries, current = [], None
    for offset, line in enumerate(block.group(1).splitlines()):
        if current is None and (not line.strip() or line.lstrip().startswith("#")):
            continue  # a blank line or a comment between signatures
        if current is None:
            match = CALL_START.match(line)
            assert match, f"{rel(page)}:{first_line + offset}: expected a signature such as torch.nn.X(...), got {line!r}"
            current = [first_line + offset, match.group(1), line[match.end():]]
        else:
            current[2] += " " + line.strip()
        params, depth = _balanced(current[2])
        if depth == 0:
            entries.append((current[0], current[1], params))
            current = None
    assert current is None, f"{rel(page)}:{current[0]}: unbalanced parentheses"
    return entries


def _balanced(text):
    """The text up to the parenthesis that closes the call, and the depth left open."""
    depth = 1
    for i, char in enumerate(text):
        depth += {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}.get(char, 0)
        if depth == 0:
            return text[:i], 0
    return text, depth


def _resolve(dotted, page):
    if not dotted.startswith("torch."):
        section, name = page.relative_to(DOCS).parent.as_posix(), page.name.split(".")[0]
        return from_scratch_loader.load(section, name, dotted.rpartition(".")[2])
    obj = torch
    for part in dotted.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


def _evaluate(node):
    return eval(compile(ast.Expression(node), "<default>", "eval"), {"torch": torch, "inf": math.inf, "math": math})


def parsed(params):
    """[(name, kind, default)] of a parameter list written as in a def."""
    args = ast.parse(f"def _({params}): ...").body[0].args
    result = []
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + args.defaults
    for kind, group in (("POSITIONAL_ONLY", args.posonlyargs), ("POSITIONAL_OR_KEYWORD", args.args)):
        for arg in group:
            default = defaults[positional.index(arg)]
            result.append((arg.arg, kind, inspect.Parameter.empty if default is None else _evaluate(default)))
    if args.vararg:
        result.append((args.vararg.arg, "VAR_POSITIONAL", inspect.Parameter.empty))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        result.append((arg.arg, "KEYWORD_ONLY", inspect.Parameter.empty if default is None else _evaluate(default)))
    if args.kwarg:
        result.append((args.kwarg.arg, "VAR_KEYWORD", inspect.Parameter.empty))
    return result


def actual(obj, dotted):
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        line = (obj.__doc__ or "").strip().splitlines()[:1]
        names = {obj.__name__, dotted.rpartition(".")[2]}  # F.logsigmoid is the builtin log_sigmoid
        match = re.match(r"(\w+)\((.*)\)", line[0]) if line else None
        match = match if match and match.group(1) in names else None
        if not match:
            pytest.fail(f"{dotted}: torch has no readable signature for it; document it in prose instead",
                        pytrace=False)
        return parsed(match.group(2))
    return [(p.name, p.kind.name, p.default) for p in signature.parameters.values()]


def _same_default(a, b):
    if a is inspect.Parameter.empty or b is inspect.Parameter.empty:
        return a is b
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b or (isinstance(a, (int, float)) and not isinstance(a, bool)
                                             and isinstance(b, (int, float)) and not isinstance(b, bool) and a == b)


def _show(params):
    return ", ".join(n + ("" if d is inspect.Parameter.empty else f"={d!r}") + ("" if k == "POSITIONAL_OR_KEYWORD" else f" [{k}]")
                     for n, k, d in params)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_signature_block_matches_torch(page):
    problems = []
    for line, dotted, params in documented_signatures(page):
        try:
            obj = _resolve(dotted, page)
        except AttributeError:
            problems.append(f"{rel(page)}:{line}: {dotted} does not exist in torch {torch.__version__}")
            continue
        try:
            written = parsed(params)
        except SyntaxError as error:
            problems.append(f"{rel(page)}:{line}: {dotted}: cannot parse the parameters ({error.msg})")
            continue
        real = actual(obj, dotted)
        same = len(written) == len(real) and all(
            w[0] == r[0] and w[1] == r[1] and _same_default(w[2], r[2]) for w, r in zip(written, real))
        if not same:
            problems.append(f"{rel(page)}:{line}: {dotted} differs from torch {torch.__version__}\n"
                            f"  page:  ({_show(written)})\n  torch: ({_show(real)})")
    assert not problems, "\n".join(problems)
