# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
CERTIFICATE_FONT := $(or $(CERTIFICATE_FONT_DIR),/usr/share/fonts/truetype/dejavu)/DejaVuSans.ttf

.PHONY: run test lint bench loadtest install install-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python $(CERTIFICATE_FONT)
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The certificate's font (see docs/input-handling.md); installed only where it is missing (needs root).
$(CERTIFICATE_FONT):
	apt-get install -y -qq fonts-dejavu-core >/dev/null || (apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null)

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(BIN)/python $(CERTIFICATE_FONT)
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

## Set up (idempotently) and serve the site on http://127.0.0.1:8000, with a task worker beside it (Ctrl-C stops both)
run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) runserver_with_worker 127.0.0.1:8000

## Lint (style, format, which app imports which), check migrations and settings, then run the whole test suite (browser tests included)
test: install-test lint
	DJANGO_SETTINGS_MODULE=elearning.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=elearning.settings.test $(MANAGE) check
	$(BIN)/pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache --no-logo

## Benchmarks: not part of `make test`
bench: install-test
	$(BIN)/python -m tests.performance.bench

$(VENV)/.installed-loadtest: requirements.txt requirements-loadtest.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-loadtest.txt
	touch $@ $(VENV)/.installed

## Load test, not part of `make test`: 200 learners through a module on gunicorn, PostgreSQL and Redis, a worker
## killed and the database restarted mid-run, then the database checked against what they did (docs/deploy.md)
loadtest: $(VENV)/.installed-loadtest
	$(BIN)/python -m tests.performance.loadtest
