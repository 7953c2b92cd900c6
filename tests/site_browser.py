"""The browser the site tests drive: Debian's Chromium through playwright, on 127.0.0.1 only."""

import os
import shutil
from urllib.parse import urlsplit

from site_layout import built_page

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
FOREIGN_HOSTS_FAIL = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", FOREIGN_HOSTS_FAIL]
DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}


def is_local(url):
    return urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:"))


class Visit:
    """A browser context that records, per tab, console errors and every request leaving 127.0.0.1.

    The browser resolves no host but 127.0.0.1 (FOREIGN_HOSTS_FAIL), so a request to a third
    party cannot succeed; each tab records the ones it made. Nothing is intercepted, which
    would cost a round trip to Python for every request.
    """

    def __init__(self, browser, tabs=1, **context):
        self.context = browser.new_context(**{"viewport": DESKTOP, **context})
        self.tabs = [self._tab() for _ in range(tabs)]
        self.page = self.tabs[0]
        self.errors, self.foreign = self.page.errors, self.page.foreign

    def _tab(self):
        tab = self.context.new_page()
        tab.errors, tab.foreign = [], []
        tab.on("console", lambda m: m.type == "error" and tab.errors.append(m.text))
        tab.on("pageerror", lambda e: tab.errors.append(str(e)))
        tab.on("request", lambda r: is_local(r.url) or tab.foreign.append(r.url))
        return tab

    def open(self, url):
        self.page.goto(url, wait_until="load")
        return self.page

    def close(self):
        self.context.close()


def url_of(server, site, page):
    return server + built_page(site, page).parent.relative_to(site).as_posix().removeprefix(".") + (
        "/" if built_page(site, page).parent != site else "")
