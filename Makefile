# The two set-up commands (README): `make run` and `make test`.
# Both create the virtual environment .venv when it is missing and install into it.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint package bench clean translations

run: $(VENV)/.installed
	$(BIN)/yinling

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy desktop

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop tests
	$(BIN)/mypy desktop

# The one-folder program (packaging/README.md): dist/yinling/yinling, built and self-tested;
# on Linux also dist/yinling_<version>_<arch>.deb (packaging/deb.py).
package: $(VENV)/.installed-package
	$(BIN)/python packaging/build.py

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

# After changing window texts: refresh the .ts (translate it in Qt Linguist), compile the .qm.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate desktop/ui/*.py desktop/ui/operations/*.py -ts resources/i18n/yinling_en.ts -source-language zh_CN -target-language en -no-obsolete
	$(BIN)/pyside6-lrelease resources/i18n/yinling_en.ts -qm resources/i18n/yinling_en.qm

$(VENV)/.installed-package: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@ $(VENV)/.installed

# Benchmarks (not tests): one table of figures, floors and budgets; also bench-results.txt.
bench: package
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.suite

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
