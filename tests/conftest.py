import functools
import http.server
import os
import resource
import subprocess
import sys
import threading
import time
from types import SimpleNamespace
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_addoption(parser):
    parser.addoption(
        "--update-snippets",
        action="store_true",
        help="rewrite the `#>` lines of every snippet from a CPU run (never from CUDA)",
    )


def _build(site_dir, site_url):
    """Run `mkdocs build --strict`; returns (CompletedProcess, wall seconds, CPU seconds of the build)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    started, cpu_before = time.perf_counter(), _children_cpu()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    return result, time.perf_counter() - started, _children_cpu() - cpu_before


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def log_request(self, code="-", size="-"):
        self.server.requests.append((self.path, int(code)))  # what the weight tests count

    def end_headers(self):
        # As GitHub Pages does: browsers may reuse any file for 10 minutes without asking again.
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        """Answer an unknown URL with the site's /404.html and status 404, as GitHub Pages does."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The site built once with `mkdocs build --strict` and served on 127.0.0.1.

    Material's instant navigation only works when site_url is the address the
    site is served from, so the server takes its port first and the build uses it.
    """
    site = tmp_path_factory.mktemp("site")
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.requests = []
    url = f"http://127.0.0.1:{httpd.server_address[1]}/"
    result, seconds, _ = _build(site, url)
    if result.returncode != 0:
        httpd.server_close()
        pytest.fail(f"mkdocs build --strict failed ({seconds:.1f} s):\n{result.stdout}\n{result.stderr}", pytrace=False)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield SimpleNamespace(dir=site, url=url, requests=httpd.requests)
    httpd.shutdown()


@pytest.fixture(scope="session")
def server(served_site):
    return served_site.url


@pytest.fixture(scope="session")
def playwright():
    playwright_api = pytest.importorskip("playwright.sync_api")
    from site_browser import CHROMIUM

    if not os.path.isfile(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH",
                    pytrace=False)
    with playwright_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright):
    from site_browser import CHROMIUM, FLAGS

    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    yield browser
    browser.close()


@pytest.fixture
def visit(browser):
    from site_browser import Visit

    v = Visit(browser)
    yield v
    v.close()


@pytest.fixture(scope="session")
def built_site(served_site):
    return served_site.dir


@pytest.fixture(scope="session")
def rebuild(served_site):
    """Build the site again into another directory; returns (CompletedProcess, wall s, CPU s)."""
    return lambda site_dir: _build(site_dir, served_site.url)


@pytest.fixture(autouse=True, scope="module")
def one_thread_for_grid_tests(request):
    """The from-scratch grids use tiny tensors: waking torch's thread pool costs more than the work."""
    if not request.module.__name__.startswith("test_from_scratch_"):
        yield
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def pytest_collection_finish(session):
    session.config.lowest_isa_wanted = any(
        item.module.__name__ == "test_snippets_portable" for item in session.items
        if getattr(item, "module", None) is not None)


def pytest_runtest_setup(item):
    """Start the lowest-instruction-set run of the snippets with the first test after the
    browser tests (which need both cores), so that it overlaps the build, grid and snippet tests."""
    if getattr(item.config, "lowest_isa_wanted", False) and not item.module.__name__.startswith("test_browser"):
        import lowest_isa

        lowest_isa.start()


BUDGETS: list = []  # the speed budgets the tests measured, printed at the end of the run


def pytest_terminal_summary(terminalreporter):
    for line in BUDGETS:
        terminalreporter.write_line(f"budget: {line}")


def pytest_sessionfinish(session):
    import lowest_isa

    lowest_isa.stop()
