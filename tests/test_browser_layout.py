"""Three representative pages at a desktop and a phone width, in both colour schemes, measured.

A function page with wide formulas and tables (CrossEntropyLoss), a function page with a plot
(GELU) and a notebook page (the activation gallery). The browser shows scrollbars as a desktop
browser does (headless Chromium hides them by default), so that "scrolls inside its own box
with a visible scrollbar" can be told apart from "cut off". A screenshot of each view is kept
next to the test's temporary files for a person to look at; the assertions measure.
"""

import re

import pytest

from conftest import ROOT
from site_browser import CHROMIUM, DESKTOP, FLAGS, PHONE, Visit, url_of
from site_layout import pages

PAGES = pages()
REPRESENTATIVE = [next(p for p in PAGES if p.name == name) for name in ("cross_entropy_loss.md", "gelu.md", "gallery.ipynb")]
MEASURE = (ROOT / "tests" / "layout_measure.js").read_text(encoding="utf-8")
MIN_PLOT_TEXT_PX = 11  # on a desktop screen


def notebook_text_px():
    """Pixel size of a notebook plot's smallest text in its PNG: matplotlib's font.size (tick
    labels and legends use it) at the dpi the build draws with, hooks/notebook_plots.matplotlibrc."""
    rc = dict(re.findall(r"^([\w.]+):\s*(\S+)", (ROOT / "hooks" / "notebook_plots.matplotlibrc").read_text(), re.M))
    return float(rc["font.size"]) * float(rc["figure.dpi"]) / 72


@pytest.fixture(scope="module")
def browser_with_scrollbars(playwright):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS, ignore_default_args=["--hide-scrollbars"])
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    return tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1400x900", "390x844"])
@pytest.mark.parametrize("page", REPRESENTATIVE, ids=lambda p: p.name)
def test_nothing_is_cut_off_or_sideways(browser_with_scrollbars, server, built_site, shots, page, viewport, scheme):
    visit = Visit(browser_with_scrollbars, viewport=viewport, color_scheme=scheme)
    try:
        tab = visit.open(url_of(server, built_site, page))
        tab.wait_for_load_state("networkidle")  # images and fonts laid out
        desktop = viewport == DESKTOP
        shot = shots / f"{page.stem}-{viewport['width']}-{scheme}.png"
        tab.screenshot(path=shot)
        found = tab.evaluate(MEASURE, [notebook_text_px(), desktop])
        assert not found["problems"], f"{page.name} at {viewport['width']} px, {scheme} ({shot}):\n" + "\n".join(found["problems"])
        if desktop and found["plotText"] is not None:
            assert found["plotText"] >= MIN_PLOT_TEXT_PX, \
                f"{page.name}: plot text shows at {found['plotText']:.1f} px ({shot})"
        assert not visit.errors, f"console errors: {visit.errors}"
    finally:
        visit.close()
