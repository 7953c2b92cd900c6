"""Let mkdocs-static-i18n treat Jupyter notebooks as pages, not assets.

Works around ultrabug/mkdocs-static-i18n#198: the plugin rebuilds every File
with plain ``mkdocs.structure.files.File``, whose ``is_documentation_page()``
only accepts Markdown, so ``page.ipynb`` and ``page.en.ipynb`` are copied to
the site as raw JSON (and collide) while ``mkdocs build --strict`` passes.
Marking the rebuilt notebook files as pages restores mkdocs-jupyter's
rendering and gives notebooks language alternates like any Markdown page.
"""

from mkdocs.structure.files import File
from mkdocs_static_i18n import suffix


class NotebookPage(File):
    def is_documentation_page(self) -> bool:
        return True


def _create_i18n_file(original):
    def create_i18n_file(file, *args, **kwargs):
        i18n_file = original(file, *args, **kwargs)
        if i18n_file.src_uri.endswith(".ipynb"):
            i18n_file.__class__ = NotebookPage
        return i18n_file

    create_i18n_file.wrapped = True
    return create_i18n_file


def on_startup(command, dirty):
    if not getattr(suffix.create_i18n_file, "wrapped", False):
        suffix.create_i18n_file = _create_i18n_file(suffix.create_i18n_file)
