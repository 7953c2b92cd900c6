"""The snippet suite run once more in a subprocess that uses the lowest instruction sets.

oneDNN and MKL choose kernels by the processor's instruction set (SSE4.1, AVX2, AVX-512),
and ATen's vectorised loops do too, so an output can hold on one CPU and not on another.
These three variables make every library take its most basic path on any x86-64 CPU;
a snippet that prints the same there and on the machine's own path prints what holds on
all of them. The run starts with the first test after the browser pass (tests/conftest.py)
and overlaps the tests that follow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PROFILE = {"ATEN_CPU_CAPABILITY": "default", "ONEDNN_MAX_CPU_ISA": "SSE41", "MKL_CBWR": "COMPATIBLE"}
# What each library prints about itself once the variables have taken effect.
EXPECTED_PROBE = {
    "ATEN_CPU_CAPABILITY": "aten_cpu_capability:DEFAULT",
    "ONEDNN_MAX_CPU_ISA": "isa:Intel SSE4.1",
    "MKL_CBWR": "CNR:COMPATIBLE",
}
SCRIPT = Path(__file__).resolve().parent / "check_snippets.py"

_run: dict = {}


def start() -> None:
    """Start the subprocess (once per pytest session)."""
    if _run:
        return
    folder = Path(tempfile.mkdtemp(prefix="lowest-isa-"))
    result = folder / "results.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONEDNN_", "DNNL_", "MKL_", "ATEN_"))}
    env.update(PROFILE, OMP_NUM_THREADS="1")  # one thread: the parent process keeps the other core busy
    stdout, stderr = open(folder / "stdout", "w+"), open(folder / "stderr", "w+")
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), "--device", "cpu", "--isa-probe", "--json", str(result)],
        env=env, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
    _run.update(process=process, result=result, stdout=stdout, stderr=stderr)


def results() -> tuple[dict[str, str], str]:
    """({snippet path: 'pass' | 'skip' | failure message}, the probe's stdout); waits for the run."""
    start()
    if "results" not in _run:
        code = _run["process"].wait()
        _run["stdout"].seek(0)
        _run["stderr"].seek(0)
        probe, errors = _run["stdout"].read(), _run["stderr"].read()
        if code != 0 or not _run["result"].is_file():
            raise RuntimeError(f"{SCRIPT.name} under {PROFILE} exited with {code}:\n{errors[-4000:]}")
        data = json.loads(_run["result"].read_text(encoding="utf-8"))
        _run["results"] = ({name: by_device["cpu"] for name, by_device in data.items()}, probe)
    return _run["results"]


def stop() -> None:
    process = _run.get("process")
    if process is not None and process.poll() is None:
        process.kill()
        process.wait()
