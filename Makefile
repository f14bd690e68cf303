# Two promises to a new user: `make run` and `make test`, on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench debs clean

run: $(VENV)/.installed
	$(BIN)/thankful serve

test: $(VENV)/.installed-test debs
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

# Debian packages the tests drive for real: a browser and poppler (pdfinfo, pdffonts, pdftotext).
debs:
	@sh scripts/install-debs.sh chromium:chromium pdfinfo:poppler-utils pdftoppm:poppler-utils openssl:openssl

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Bytecode is compiled once here: the everyday commands start faster (and some shells forbid writing it later).
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m compileall -q src
	@touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m compileall -q src
	@touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
