# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps re-run the install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-lint: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[lint]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	@touch $@ $(VENV)/.installed $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	$(BIN)/digestl10n check
	$(BIN)/digestl10n status
	$(BIN)/digestl10n build --all
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build zh-TW; \
	else echo "(no /usr/bin/chromium: screenshots and browser checks skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo site: build/index.html (one index per language, e.g. build/zh-TW/index.html)"
	@echo "  open file://$(CURDIR)/build/index.html in a browser, or serve it: python3 -m http.server -d build 8000"
	@echo "  feeds: build/<lang>/feed.xml   sitemap: build/sitemap.xml   screenshots: build/screenshots/"

test: $(VENV)/.installed-test
	@command -v msgfmt >/dev/null || echo "note: GNU gettext not on PATH; tests marked 'gettext' are skipped (apt-get install gettext)"
	$(BIN)/python -m pytest -q

# ruff (style and errors), mypy (types), import-linter (the pipeline's direction, one module per library).
lint: $(VENV)/.installed-lint
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build .pytest_cache .hypothesis
