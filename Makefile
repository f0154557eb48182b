# Greenlane: `make demo` sets everything up and serves the app; `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
PORT   ?= 8000
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install lint typecheck messages check serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) messages

messages: $(STAMP)
	$(BIN)/python -m greenlane.core.i18n compile

demo: install
	$(BIN)/greenlane demo --port $(PORT)

serve: install
	$(BIN)/greenlane serve --port $(PORT)

test: install
	$(BIN)/python -m pytest -n 2 -p no:cacheprovider

lint: install
	$(BIN)/ruff check greenlane tests bench
	$(BIN)/ruff format --check greenlane tests bench || true

typecheck: install
	$(BIN)/mypy greenlane

check: lint typecheck
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
