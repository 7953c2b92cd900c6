"""Check every snippet on one or more devices outside pytest; needs only torch.

    python tests/check_snippets.py --device cpu --json results.json
        what the lowest-instruction-set test runs in a subprocess (tests/test_snippets_portable.py)
    python tests/check_snippets.py --device cpu --device cuda --table cuda-table.md
        on a GPU machine, whatever its torch: which snippets pass on both devices, fail on
        both (a torch version difference), or fail on one device only (a device difference)

Each snippet runs in this process with the same harness as tests/test_snippets.py.
The exit status is 0 whatever the snippets do: the JSON or the table is the result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snippet_harness  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASS, SKIP = "pass", "skip"


def snippet_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def outcome(path: Path, device: str, display: str) -> str:
    """PASS, SKIP (the snippet documents other devices only) or the failure message."""
    devices = snippet_harness.parse(path).devices
    if devices is not None and device not in devices:
        return SKIP
    try:
        snippet_harness.check(path, device, display)
    except snippet_harness.SnippetError as error:
        return str(error)
    return PASS


def _cuda_context_lost() -> bool:
    """After a device-side assert every later CUDA call fails: report that, not 800 failures."""
    try:
        torch.cuda.synchronize()
    except RuntimeError:
        return True
    return False


def check_all(folder: Path, devices: list[str]) -> dict[str, dict[str, str]]:
    results, lost = {}, None
    for path in snippet_files(folder):
        display = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
        results[display] = {}
        for device in devices:
            if device == "cuda" and lost:
                results[display][device] = f"not run: the CUDA context was lost after {lost}"
                continue
            results[display][device] = outcome(path, device, display)
            if device == "cuda" and results[display][device] not in (PASS, SKIP) and _cuda_context_lost():
                lost = display
    return results


def _first_line(message: str) -> str:
    return message.splitlines()[0].replace("|", "\\|") if message else ""


def table(results: dict[str, dict[str, str]], devices: list[str]) -> str:
    """A Markdown report: one section per category, every failure with its first line."""
    first, second = devices
    groups: dict[str, list[str]] = {
        f"pass on {first} and {second}": [],
        f"fail on both (on this torch, whatever the device: a version difference, not a device one)": [],
        f"fail on {second} only (a device difference: fix the snippet or mark it `# snippet-devices: {first}`)": [],
        f"fail on {first} only": [],
        f"documented for {first} only (`# snippet-devices` marker), not run on {second}": [],
    }
    keys = list(groups)
    for name, by_device in results.items():
        a, b = by_device[first], by_device[second]
        if b == SKIP:
            key = keys[4] if a == PASS else keys[3]
        elif a == PASS and b == PASS:
            key = keys[0]
        elif a != PASS and b != PASS:
            key = keys[1]
        elif b != PASS:
            key = keys[2]
        else:
            key = keys[3]
        groups[key].append(name)
    header = (f"# Snippets on {first} and {second}\n\n"
              f"torch {torch.__version__}, Python {sys.version.split()[0]}"
              + (f", {torch.cuda.get_device_name()}" if second == "cuda" and torch.cuda.is_available() else "")
              + f"; {len(results)} snippets.\n\n| category | snippets |\n|---|---:|\n"
              + "".join(f"| {k} | {len(v)} |\n" for k, v in groups.items()))
    sections = []
    for key in keys[1:4]:
        if not groups[key]:
            continue
        rows = "".join(
            f"| `{name}` | {_first_line(results[name][first]) if results[name][first] != PASS else 'pass'} "
            f"| {_first_line(results[name][second]) if results[name][second] != PASS else 'pass'} |\n"
            for name in groups[key])
        sections.append(f"\n## {key}\n\n| snippet | {first} | {second} |\n|---|---|---|\n{rows}")
    details = [f"\n### {name}\n\n```text\n{results[name][second]}\n```\n" for name in groups[keys[2]]]
    if details:
        sections.append(f"\n## The failures on {second} only, in full\n" + "".join(details))
    return header + "".join(sections)


def isa_probe() -> None:
    """Print ATen's CPU capability, then one oneDNN and one MKL call with their verbose logs on."""
    print(f"aten_cpu_capability:{torch.backends.cpu.get_cpu_capability()}", flush=True)
    with torch.backends.mkldnn.verbose(torch.backends.mkldnn.VERBOSE_ON):
        torch.nn.functional.gelu(torch.ones(8))  # a oneDNN eltwise primitive on CPU
    with torch.backends.mkl.verbose(torch.backends.mkl.VERBOSE_ON):
        torch.ones(8, 8) @ torch.ones(8, 8)  # an MKL SGEMM
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", action="append", required=True,
                        help="a device to run every snippet on (give it once or twice)")
    parser.add_argument("--snippets", type=Path, default=ROOT / "snippets", help="the folder of snippets")
    parser.add_argument("--json", type=Path, help="write {snippet: {device: 'pass' | 'skip' | failure}}")
    parser.add_argument("--table", type=Path, help="write the two-device Markdown report (two --device)")
    parser.add_argument("--isa-probe", action="store_true",
                        help="first print which instruction sets ATen, oneDNN and MKL use in this process")
    args = parser.parse_args(argv)
    if args.table and len(args.device) != 2:
        parser.error("--table compares exactly two devices: give --device twice")
    if "cuda" in args.device and not torch.cuda.is_available():
        parser.error(f"torch {torch.__version__} sees no CUDA device here")
    if args.isa_probe:
        isa_probe()
    started = time.perf_counter()
    results = check_all(args.snippets.resolve(), args.device)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.table:
        args.table.write_text(table(results, args.device), encoding="utf-8")
    failed = sum(o not in (PASS, SKIP) for r in results.values() for o in r.values())
    print(f"{len(results)} snippets on {', '.join(args.device)}: {failed} failures "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
