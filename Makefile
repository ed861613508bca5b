# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LANGS  := en zh-Hant zh-TW zh-HK

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Stamps re-run the install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	@touch $@ $(VENV)/.installed $(VENV)/.installed-test

demo: $(VENV)/.installed
	$(BIN)/digestl10n extract --show-dropped
	@echo
	@echo "Demo output:"
	@echo "  template:  locales/digest-2024-06-a.pot"
	@for l in en zh_Hant zh_TW zh_HK; do echo "  catalog:   locales/$$l/LC_MESSAGES/digest-2024-06-a.po"; done

test: $(VENV)/.installed-test
	@command -v msgfmt >/dev/null || echo "note: GNU gettext not on PATH; tests marked 'gettext' are skipped (apt-get install gettext)"
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-bench
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build .pytest_cache .hypothesis
