# The two commands of the README: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  := ../shared/examples/seeds
SAMPLE := $(if $(wildcard $(SEEDS)),$(SEEDS),examples/articles)
RUNDIR := run

.PHONY: run test venv lint lock clean

$(STAMP): requirements/lock.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip>=24"
	$(BIN)/pip install --quiet --require-hashes -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

venv: $(STAMP)

run: venv
	@mkdir -p $(RUNDIR)
	$(BIN)/eventwire ingest $(SAMPLE) --db $(RUNDIR)/eventwire.db --fresh --report $(RUNDIR)/report.html

test: venv
	scripts/setup_system.sh
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/python -m pytest -q -n 2

lint: venv
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

lock:
	$(BIN)/pip-compile --quiet --generate-hashes --extra spark --extra dev --strip-extras \
		-o requirements/lock.txt pyproject.toml

clean:
	rm -rf $(VENV) $(RUNDIR) build .pytest_cache
