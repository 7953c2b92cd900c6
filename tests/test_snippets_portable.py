"""Every snippet prints what it documents on every x86-64 CPU, not only on this one.

The documented `#>` lines come from this machine's CPU run (tests/test_snippets.py checks
them there). Here the same snippets run in a subprocess under the lowest instruction-set
profile (tests/lowest_isa.py); an output that differs between the two profiles fails
on any machine, whatever its processor, with both outputs shown.
"""

import pytest
import torch

import lowest_isa
import snippet_harness
from conftest import ROOT
from test_snippets import SNIPPETS

PROFILE = " ".join(f"{k}={v}" for k, v in lowest_isa.PROFILE.items())


@pytest.mark.parametrize("variable", lowest_isa.PROFILE)
def test_the_profile_takes_effect(variable):
    _, probe = lowest_isa.results()
    expected = lowest_isa.EXPECTED_PROBE[variable]
    assert expected in probe, (f"{variable}={lowest_isa.PROFILE[variable]} did not take effect: "
                               f"{expected!r} not in the probe's output:\n{probe[-3000:]}")


def _this_machine(path, display):
    """What the snippet prints on this machine's own path, for the failure message."""
    snippet = snippet_harness.parse(path)
    try:
        outputs = snippet_harness.run(snippet, "cpu", display)
    except snippet_harness.SnippetError as error:
        return str(error)
    return "\n".join(f"  line {site.line}:\n" + "\n".join(f"    {line}" for line in outputs.get(site.line, []))
                     for site in snippet.sites)


@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: p.relative_to(ROOT / "snippets").as_posix())
def test_snippet_prints_the_same_on_the_lowest_instruction_sets(path):
    display = path.relative_to(ROOT).as_posix()
    outcome = lowest_isa.results()[0].get(display)
    assert outcome is not None, f"{display} was not run by the subprocess"
    if outcome in ("pass", "skip"):  # every snippet runs on the CPU, so 'skip' does not occur
        return
    capability = torch.backends.cpu.get_cpu_capability()
    pytest.fail(
        f"{outcome}\n"
        f"(that was under the lowest profile: {PROFILE})\n"
        f"On this machine's own path ({capability}, default oneDNN and MKL) it prints:\n"
        f"{_this_machine(path, display)}\n"
        f"An output that differs between instruction sets must not be documented: print what holds on both.",
        pytrace=False,
    )
