# The two commands: `make run` and `make test`. Everything installs into .venv and
# node_modules inside this checkout.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/mit_bench

.PHONY: install demo run test lint bench clean catalogs

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# scorm-again's install script demands pnpm; nothing we use needs install scripts.
node_modules/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The UI catalogs compile in about a second, so they are compiled on every install.
install: $(VENV)/.installed node_modules/.installed
	$(BIN)/python manage.py compile_catalogs

demo: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo

run: demo
	@echo "Open http://$(HOST):$(PORT)/ and sign in with a demo account above."
	@echo "The admin is at http://$(HOST):$(PORT)/admin/."
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest

bench: install
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/run.py

# Extract new UI strings into every catalog (needs GNU gettext: apt install gettext).
catalogs: install
	$(BIN)/python manage.py update_catalogs

clean:
	rm -rf $(VENV) node_modules staticfiles
