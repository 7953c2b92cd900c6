"""Keep the language switcher on the page's twin after instant navigation.

mkdocs-static-i18n writes each page's twin into the header's language links,
and warns that this is "not compatible with theme.features =
navigation.instant" (the warning fails `mkdocs build --strict`). It is right:
Material's instant navigation swaps the page container but keeps the header,
so the links keep pointing at the twin of the first page loaded.

This hook copies the header's language links into a hidden list inside the
container, which instant navigation does swap;
docs/assets/javascripts/language-switcher.js copies them back into the header
on every page. With that in place the warning no longer applies and is
filtered out.
"""

import logging
import re

_WARNING = "not compatible with theme.features = navigation.instant"
_LANGUAGE_LINK = re.compile(r'<a href="[^"]*" hreflang="[^"]+" class="md-select__link">')
_CONTAINER = '<div class="md-container" data-md-component="container">'


class _DropInstantWarning(logging.Filter):
    def filter(self, record):
        return _WARNING not in record.getMessage()


def on_startup(command, dirty):
    logger = logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure")
    if not any(isinstance(f, _DropInstantWarning) for f in logger.filters):
        logger.addFilter(_DropInstantWarning())


def on_post_page(output, page, config):
    links = _LANGUAGE_LINK.findall(output)
    if not links or _CONTAINER not in output:
        return output
    hidden = "".join(f"{link}</a>" for link in links)
    twins = f'<nav hidden data-i18n-twins aria-hidden="true">{hidden}</nav>'
    return output.replace(_CONTAINER, _CONTAINER + twins, 1)
