import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_addoption(parser):
    parser.addoption(
        "--update-snippets",
        action="store_true",
        help="rewrite the `#>` lines of every snippet from a CPU run (never from CUDA)",
    )


def _build(site_dir):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    return result, time.perf_counter() - started


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The site, built once per test session with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("site")
    result, seconds = _build(site)
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed ({seconds:.1f} s):\n{result.stdout}\n{result.stderr}", pytrace=False)
    return site


@pytest.fixture(scope="session")
def rebuild():
    """Build the site again into a new directory; returns (CompletedProcess, seconds)."""
    return _build
