PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed

.PHONY: serve build test snippets update-snippets clean

# Install only when requirements.txt changed since the last install.
$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

export NO_MKDOCS_2_WARNING := 1

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP)
	$(BIN)/python -m pytest

snippets: $(STAMP)
	$(BIN)/python -m pytest tests/test_snippets.py tests/test_harness.py

update-snippets: $(STAMP)
	$(BIN)/python -m pytest tests/test_snippets.py --update-snippets

clean:
	rm -rf site .cache
