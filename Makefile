# The two commands of the README: `make run` and `make test`. Each creates or reuses the local
# virtual environment in .venv and installs the project into it first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.coachgraph-installed

.PHONY: run test install migrations demo bench bench-cpu bench-fanout bench-sync bench-ingest bench-recompute lint clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coachgraph needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## Start the server with demo data (embedded PostgreSQL unless DATABASE_URL is set).
run: $(STAMP)
	$(BIN)/coachgraph serve --demo

## Run the whole test suite against a real PostgreSQL.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Generate a migration after a model change: make migrations NAME=add_something
migrations: $(STAMP)
	$(BIN)/coachgraph makemigrations $(NAME)

## Reload the demo data.
demo: $(STAMP)
	$(BIN)/coachgraph load-demo --reset

## coachgraph beside a floor server on the standard data set, per workload (prints tables; results
## in .data/bench/). Installs wrk with apt-get when missing and run as root. BENCH_ARGS="--duration 30"
bench: $(STAMP)
	$(BIN)/python -m scripts.bench $(BENCH_ARGS)

## Event fan-out to 500 subscribers over two server processes (prints figures).
bench-fanout: $(STAMP)
	$(BIN)/python -m scripts.bench_fanout

## Time a sync batch of 50 mixed operations next to 50 single mutations (prints figures).
bench-sync: $(STAMP)
	$(BIN)/python scripts/bench_sync.py

## Time a 1,000-record ingestWellness batch next to the same upsert done directly with asyncpg.
bench-ingest: $(STAMP)
	$(BIN)/python scripts/bench_ingest.py

## The server's own CPU time per dashboard and week request, in process (BENCH_ARGS="--profile").
bench-cpu: $(STAMP)
	$(BIN)/python -m scripts.bench_cpu $(BENCH_ARGS)
## Time `coachgraph recompute` on 1,000 athletes x 1 year of data (prints figures). BENCH_ARGS="--workers 1"
bench-recompute: $(STAMP)
	$(BIN)/python scripts/bench_recompute.py $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check app graphql_schema tests scripts examples
	$(BIN)/ruff format --check app graphql_schema tests scripts examples
	$(BIN)/mypy
	$(BIN)/coachgraph schema-diff --check

clean:
	rm -rf $(VENV) .pytest_cache
