"""Keep the harness's device marker out of the code that pages display.

A snippet whose documented behaviour exists on one device only starts with
`# snippet-devices: cpu  (why)`, read by tests/snippet_harness.py. That line is for
the test harness, not for the reader who copies the code. pymdownx.snippets embeds whole
files and has no option to drop a line, but it takes a line range (`"file.py:2:"`, from
line 2 to the end): each include of a marked snippet is rewritten to start at line 2
before Markdown runs.
"""

import re
from pathlib import Path

_INCLUDE = re.compile(r'^(?P<indent>[ \t]*)--8<--[ \t]+"(?P<path>[^":]+\.py)"[ \t]*$', re.M)
_MARKER = "# snippet-devices:"


def on_page_markdown(markdown, page, config, files):
    base = Path(config.config_file_path).parent / "snippets"

    def skip_marker(match):
        path = base / match.group("path")
        if path.is_file() and path.read_text(encoding="utf-8").startswith(_MARKER):
            return f'{match.group("indent")}--8<-- "{match.group("path")}:2:"'
        return match.group(0)

    return _INCLUDE.sub(skip_marker, markdown)
