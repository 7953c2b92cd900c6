"""Every file under snippets/ runs on every available device and prints what it documents."""

import pytest
import torch

import snippet_harness
from conftest import ROOT

SNIPPETS = sorted(p for p in (ROOT / "snippets").rglob("*.py") if "__pycache__" not in p.parts)
DEVICES = [
    pytest.param("cpu"),
    pytest.param(
        "cuda",
        marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device on this machine"),
    ),
]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("path", SNIPPETS, ids=lambda p: p.relative_to(ROOT / "snippets").as_posix())
def test_snippet(path, device, request):
    display = path.relative_to(ROOT).as_posix()
    devices = snippet_harness.parse(path).devices
    if devices is not None and device not in devices:
        pytest.skip(f"{display} documents {', '.join(devices)}-only behaviour")
    if request.config.getoption("--update-snippets") and device == "cpu":
        snippet_harness.update(path, display)
    try:
        snippet_harness.check(path, device, display)
        failure = None
    except snippet_harness.SnippetError as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)
