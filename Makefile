# allegiance task runner. `make demo` and `make test` are the README's two commands.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= allegiance-out
SHARED ?= ../shared

.PHONY: demo test lint bench eval install install-test clean lexicon train

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

## demo: install, run on the bundled demo corpus, print where the report is
demo: install
	$(BIN)/allegiance run --out $(OUT)
	@echo "report: $(abspath $(OUT))/report.html"

## test: install with test extras, lint, type-check and run the whole suite
test: install-test
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/mypy src/allegiance
	$(BIN)/pytest

lint: install-test
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/mypy src/allegiance

## bench: accuracy and speed figures (reads ../shared where present)
bench: install
	$(BIN)/python benchmarks/event_coding.py
	$(BIN)/python benchmarks/coder_ablation.py
	$(BIN)/python benchmarks/seed_score.py --brief
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/demo_events.py --summary
	$(BIN)/python benchmarks/plover_gold.py
	$(BIN)/python benchmarks/conflibert_cameo.py
	$(BIN)/python benchmarks/clean_generality.py

## eval: run on the seeds and score with allegiance eval
eval: install
	$(BIN)/allegiance run $(SHARED)/seeds --out $(OUT)-seeds --no-progress
	$(BIN)/allegiance eval $(SHARED)/gold/seeds.json $(SHARED)/gold/actors.json --out $(OUT)-seeds

clean:
	rm -rf $(OUT) $(OUT)-seeds .pytest_cache .mypy_cache .ruff_cache

## lexicon: regenerate the CAMEO trigger file from PETRARCH2's verb dictionary in ../shared
lexicon: install
	$(BIN)/allegiance lexicon import-cameo $(SHARED)/data/petrarch2/dictionaries/CAMEO.verbpatterns.150430.txt \
		--plover $(SHARED)/data/plover/CAMEO2PLOVER-2021.txt --out src/allegiance/data/lexicon/triggers_cameo.yaml

## train: retrain the learned pair coder from the labelled sentences and ../shared (fixed seed)
train: install-test
	$(BIN)/python training/train.py
