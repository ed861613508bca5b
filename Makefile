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
	@if [ -x /usr/bin/chromium ]; then $(BIN)/python scripts/screenshot.py build/zh-TW/digest-2024-06-a.html build/zh-TW/digest-2024-06-a.png; \
	else echo "(no /usr/bin/chromium: zh-TW screenshot skipped; apt-get install chromium fonts-noto-cjk)"; fi
	@echo
	@echo "Demo output:"
	@echo "  catalogs:  locales/digest-2024-06-a.pot, locales/{en,zh_Hant,zh_TW,zh_HK}/LC_MESSAGES/digest-2024-06-a.po"
	@for l in en zh-Hant zh-TW zh-HK; do echo "  edition:   build/$$l/digest-2024-06-a.txt  build/$$l/digest-2024-06-a.html"; done
	@echo "  open build/zh-TW/digest-2024-06-a.html in a browser to read the Taiwan edition"

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
