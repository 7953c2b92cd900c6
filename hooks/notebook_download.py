"""Put a download button on notebook pages.

mkdocs-jupyter (`include_source: true`) copies each notebook next to its page
and sets `page.nb_url`, but mkdocs-material's templates never show it; its
README asks users to override a template (danielfrg/mkdocs-jupyter, "Download
notebook" section). Adding the button here keeps the theme un-overridden.
"""

from pathlib import Path

import material

_ICON = (Path(material.__file__).parent / "templates" / ".icons" / "material" / "download.svg").read_text()
_TITLE = {"zh": "下载 Notebook", "en": "Download notebook"}


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    name = Path(page.file.abs_src_path).name
    title = _TITLE.get(getattr(page.file, "locale", "en"), _TITLE["en"])
    button = (f'<a href="{name}" download class="md-content__button md-icon notebook-download" '
              f'title="{title}" aria-label="{title}">{_ICON}</a>')
    return button + html
