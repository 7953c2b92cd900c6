"""Names for two elements that Material's templates (9.8) leave unnamed.

- The search dialog (`<div class="md-search" role="dialog">`) has no accessible
  name, so a screen reader announces an anonymous dialog (axe: aria-dialog-name).
- With `navigation.indexes`, a section's expand toggle in the sidebar is a
  `<label>` holding only an icon, and the section's `<nav>` is labelled by it:
  every such section is announced as an unnamed navigation, and the landmarks
  cannot be told apart (axe: landmark-unique). The toggle gets the section's
  title as visually hidden text (a <label> may not carry aria-label), which
  also names the nav.
"""

import re

_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
_SEARCH = {"zh": "搜索", "en": "Search"}
# anchored on the title's span, whose first character is not a space: \s* and the title then
# cannot trade characters, which made the pattern backtrack across the whole page
_SECTION_TOGGLE = re.compile(
    r'(<span class="md-ellipsis">\s*(?P<title>[^<\s][^<]*?)\s*</span>\s*</a>\s*'
    r'<label class="md-nav__link[^"]*" for="__nav_[\d_]+" id="__nav_[\d_]+_label"[^>]*>)')


def name_elements(output: str, lang: str) -> str:
    output = _DIALOG.sub(rf'\1 aria-label="{_SEARCH.get(lang, _SEARCH["en"])}">', output, count=1)
    return _SECTION_TOGGLE.sub(lambda m: f'{m.group(1)}<span class="md-visually-hidden">{m.group("title")}</span>', output)


def on_post_page(output, page, config):
    return name_elements(output, getattr(page.file, "locale", None) or config.theme.get("language", "en"))


def on_post_template(output, template_name, config):
    return name_elements(output, config.theme.get("language", "en")) if template_name == "404.html" else output
