"""Run a snippet and check every print against the `#>` lines written under it.

A snippet is a plain Python file. Each `print(...)` call is followed directly by
the lines it prints, each written as a `#> ` comment. `check()` runs the file
in-process on one device (via `torch.set_default_device`; the CPU run sets nothing,
since a default-device mode changes some torch behaviour), records what each
print call wrote, and compares it with the documented lines:

* text outside numbers must match exactly, ignoring whitespace and the
  `device='cuda:N'` that CUDA tensors add when printed;
* each number must be within min(1.5 units of its last printed digit,
  1e-3 * max(1, |documented|)) of the documented one.

A snippet whose documented behaviour exists on one device only (an error that
CUDA reports as a device-side assert, say) starts with `# snippet-devices: cpu`.

Every failure is raised as `SnippetError` naming the file and line.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import math
import re
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import torch
from torch.overrides import _get_current_function_mode_stack
from torch.utils._device import DeviceContext

OUTPUT_PREFIX = "#>"
_NUMBER = re.compile(r"(?<![\w.])-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?!\w)")
_CUDA_DEVICE = re.compile(r",\s*device='cuda(?::\d+)?'")
_DEVICES = re.compile(r"^# snippet-devices:\s*([\w, ]+?)\s*(?:[(#]|$)")


class SnippetError(AssertionError):
    """A snippet that does not do what its `#>` lines say; the message names file:line."""


@dataclass
class PrintSite:
    line: int  # first line of the print call
    end_line: int  # last line of the call; documented output starts below it
    indent: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Snippet:
    path: Path
    lines: list[str]
    sites: list[PrintSite]
    stray_output_lines: list[int]  # `#>` lines not directly under a print
    devices: tuple[str, ...] | None  # None: every device


def _output_text(line: str) -> str | None:
    stripped = line.strip()
    if not stripped.startswith(OUTPUT_PREFIX):
        return None
    text = stripped[len(OUTPUT_PREFIX):]
    return text[1:] if text.startswith(" ") else text


def parse(path: Path) -> Snippet:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    sites = []
    claimed = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
                and not any(k.arg == "file" for k in node.keywords)):  # print(..., file=f) is not checked
            first = lines[node.lineno - 1]
            site = PrintSite(node.lineno, node.end_lineno, first[: len(first) - len(first.lstrip())])
            n = node.end_lineno  # 0-based index of the line after the call
            while n < len(lines) and _output_text(lines[n]) is not None:
                site.expected.append(_output_text(lines[n]))
                claimed.add(n + 1)
                n += 1
            sites.append(site)
    sites.sort(key=lambda s: s.line)
    stray = [i + 1 for i, line in enumerate(lines) if _output_text(line) is not None and i + 1 not in claimed]
    marker = _DEVICES.match(lines[0]) if lines else None
    devices = tuple(d.strip() for d in marker.group(1).split(",")) if marker else None
    return Snippet(path, lines, sites, stray, devices)


# ---------------------------------------------------------------- running


@contextlib.contextmanager
def isolated_torch_state():
    """Restore every piece of global torch state a snippet may change."""
    saved = dict(
        # set_default_device(None) and set_default_device("cpu") both read back as cpu, but
        # the latter leaves a DeviceContext mode on the stack: restore "no default" as None
        device=torch.get_default_device() if any(
            isinstance(mode, DeviceContext) for mode in _get_current_function_mode_stack()
        ) else None,
        dtype=torch.get_default_dtype(),
        grad=torch.is_grad_enabled(),
        deterministic=torch.are_deterministic_algorithms_enabled(),
        deterministic_warn_only=torch.is_deterministic_algorithms_warn_only_enabled(),
        anomaly=torch.is_anomaly_enabled(),
        matmul_precision=torch.get_float32_matmul_precision(),
        print_options=copy.copy(vars(torch._tensor_str.PRINT_OPTS)),
        rng=torch.random.get_rng_state(),
        cuda_rng=torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
    )
    torch.seed()  # an unseeded snippet must not depend on the previous one's draws
    try:
        with warnings.catch_warnings():
            yield
    finally:
        torch.set_default_device(saved["device"])
        torch.set_default_dtype(saved["dtype"])
        torch.set_grad_enabled(saved["grad"])
        torch.use_deterministic_algorithms(
            saved["deterministic"], warn_only=saved["deterministic_warn_only"]
        )
        torch.set_anomaly_enabled(saved["anomaly"])
        torch.set_float32_matmul_precision(saved["matmul_precision"])
        vars(torch._tensor_str.PRINT_OPTS).update(saved["print_options"])
        torch.random.set_rng_state(saved["rng"])
        if saved["cuda_rng"] is not None:
            torch.cuda.set_rng_state_all(saved["cuda_rng"])


def run(snippet: Snippet, device: str, display_path: str) -> dict[int, list[str]]:
    """Execute the snippet on `device`; return the lines each print site wrote."""
    path = str(snippet.path)
    written: dict[int, str] = {}

    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        sep = " " if sep is None else sep  # as the builtin print does
        end = "\n" if end is None else end
        if file is not None:
            return print(*args, sep=sep, end=end, file=file, flush=flush)
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename != path:
            frame = frame.f_back
        line = frame.f_lineno if frame is not None else 0
        site = next((s for s in snippet.sites if s.line <= line <= s.end_line), None)
        key = site.line if site else line
        written[key] = written.get(key, "") + sep.join(map(str, args)) + end

    code = compile("\n".join(snippet.lines) + "\n", path, "exec")
    namespace = {"__name__": "__main__", "__file__": path, "print": recording_print}
    with isolated_torch_state():
        if device != "cpu":  # on the CPU run nothing is set, exactly as in a fresh Python session
            torch.set_default_device(device)
        try:
            exec(code, namespace)
        except BaseException as error:  # noqa: BLE001 - report whatever the snippet raised
            frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
            line = frames[-1].lineno if frames else 0
            detail = "".join(traceback.format_exception(error)).rstrip()
            raise SnippetError(
                f"{display_path}:{line}: snippet raised {type(error).__name__} on {device}: {error}\n{detail}"
            ) from None
    return {key: text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
            for key, text in written.items()}


# ---------------------------------------------------------------- comparing


def _tolerance(documented: str) -> float:
    mantissa, _, exponent = documented.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    unit = 10.0 ** (int(exponent or 0) - decimals)
    return min(1.5 * unit, 1e-3 * max(1.0, abs(float(documented))))


def _split(text: str):
    """Text pieces (whitespace removed) and the numbers between them."""
    pieces = _NUMBER.split(text)
    return ["".join(p.split()) for p in pieces], _NUMBER.findall(text)


def mismatch(expected: list[str], actual: list[str]) -> str | None:
    """Why `actual` does not match the documented `expected` lines, or None."""
    actual_text = _CUDA_DEVICE.sub("", "\n".join(actual))
    exp_text, exp_numbers = _split("\n".join(expected))
    act_text, act_numbers = _split(actual_text)
    if exp_text != act_text or len(exp_numbers) != len(act_numbers):
        return "text differs"
    for doc, got in zip(exp_numbers, act_numbers):
        tol = _tolerance(doc)
        if not math.isclose(float(doc), float(got), rel_tol=0, abs_tol=tol * (1 + 1e-9)):
            return f"number {got} differs from documented {doc} by more than {tol:g}"
    return None


def _block(lines: list[str]) -> str:
    return "\n".join(f"    {line}" for line in lines) if lines else "    (nothing)"


def check(path: Path, device: str, display_path: str) -> None:
    """Run one snippet on one device; raise SnippetError on the first problem."""
    snippet = parse(path)
    problems = []
    for line in snippet.stray_output_lines:
        problems.append(f"{display_path}:{line}: `#>` line with no print directly above it")
    for site in snippet.sites:
        if not site.expected:
            problems.append(f"{display_path}:{site.line}: print with no `#>` lines under it")
    if problems:
        raise SnippetError("\n".join(problems))
    outputs = run(snippet, device, display_path)
    for site in snippet.sites:
        actual = outputs.pop(site.line, [])
        reason = mismatch(site.expected, actual)
        if reason:
            problems.append(
                f"{display_path}:{site.line}: output on {device} does not match ({reason})\n"
                f"  expected:\n{_block(site.expected)}\n  actual:\n{_block(actual)}"
            )
    for line, actual in outputs.items():  # printed through something other than a print call
        problems.append(f"{display_path}:{line}: output not written by a documented print\n"
                        f"  actual:\n{_block(actual)}")
    if problems:
        raise SnippetError("\n".join(problems))


def update(path: Path, display_path: str) -> bool:
    """Rewrite the `#>` lines of a snippet from a CPU run. Returns True if it changed."""
    snippet = parse(path)
    outputs = run(snippet, "cpu", display_path)
    drop = set(snippet.stray_output_lines)
    insert: dict[int, list[str]] = {}
    for site in snippet.sites:
        drop.update(range(site.end_line + 1, site.end_line + 1 + len(site.expected)))
        insert[site.end_line] = [
            f"{site.indent}{OUTPUT_PREFIX} {line}".rstrip() for line in outputs.get(site.line, [])
        ]
    new_lines = []
    for number, line in enumerate(snippet.lines, start=1):
        if number not in drop:
            new_lines.append(line)
        new_lines.extend(insert.get(number, []))
    new_source = "\n".join(new_lines) + "\n"
    if new_source == path.read_text(encoding="utf-8"):
        return False
    path.write_text(new_source, encoding="utf-8")
    return True
