# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test install lint typecheck pytest index bench clean

run: $(STAMP)  ## set up, then run the bot (the local chat when TELEGRAM_BOT_TOKEN is unset)
	@$(BIN)/newsbot warm-up
	@$(BIN)/python -m newsbot.run

test: $(STAMP)  ## set up, then ruff, mypy --strict and the whole test suite (all three run; any failure fails)
	@status=0; \
	$(MAKE) --no-print-directory lint || status=1; \
	$(MAKE) --no-print-directory typecheck || status=1; \
	$(MAKE) --no-print-directory pytest || status=1; \
	exit $$status

install: $(STAMP)

# torch is pinned first and alone: any other spec would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -q

index: $(STAMP)  ## rebuild the committed index of the bundled article
	$(BIN)/newsbot index rebuild

bench: $(STAMP)
	$(BIN)/newsbot bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
