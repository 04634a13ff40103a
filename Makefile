# mtl_nb: the two commands of the README, and what CI runs.
#   make main   set up, then run the main job: nbs/run_experiment.ipynb with its defaults, progress in the terminal
#   make test   set up, then run every notebook's tests on both cores (the slow ones too; make test-fast skips those)
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
TORCH ?= torch==2.13.0
BIN := $(VENV)/bin
# The benchmark mirror: $MTL_NB_DATA if set, else the shared/ folder beside this checkout when it exists.
MTL_NB_DATA ?= $(wildcard $(abspath ../shared/data))
export MTL_NB_DATA

.PHONY: setup main smoke bench data-check test test-fast check readme clean-venv

setup: $(BIN)/.installed

$(BIN)/.installed: setup.py settings.ini
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet "$(TORCH)"   # first, so no dependency pulls a CUDA build of torch
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

# The defaults of the experiment notebook are the main job; runs/main is started again on each `make main`
# (overwrite_output_dir only ever clears a folder an mtl_nb run made). Progress goes to the terminal as text.
main: setup
	mkdir -p runs
	MTL_NB_PROGRESS=text $(BIN)/papermill --log-output nbs/run_experiment.ipynb runs/main.ipynb -k python3 \
	  -p overwrite_output_dir True $(PARAMS)

# The experiment notebook on real data with a tiny step count (CI).
smoke: setup
	mkdir -p runs
	MTL_NB_PROGRESS=text $(BIN)/papermill nbs/run_experiment.ipynb runs/smoke.ipynb -k python3 -p max_steps 4 \
	  -p eval_steps 4 -p max_train_samples 256 -p max_eval_samples 64 -p output_dir runs/smoke \
	  -p overwrite_output_dir True $(PARAMS)

# The trainer against a bare PyTorch + transformers loop (prints figures; last line JSON).
bench: setup
	$(BIN)/python -m mtl_nb.bench $(ARGS)

data-check: setup
	$(BIN)/mtl_nb_check_data

test: setup
	$(BIN)/nbdev_test --n_workers 2 --flags slow

# The quick loop while working: the cells marked `#| slow` (multi-process runs, ...) are left out.
test-fast: setup
	$(BIN)/nbdev_test --n_workers 2

readme: setup
	$(BIN)/python .ci/make_readme.py

# The package must match the notebooks (and come only from exported cells), the notebooks must be clean, README.md must match nbs/index.ipynb.
check: setup
	$(BIN)/python .ci/check_export.py
	$(BIN)/nbdev_export
	@test -z "$$(git status --porcelain -- mtl_nb)" || { git status --porcelain -- mtl_nb; \
	  echo "nbdev_export changed mtl_nb/: export the notebooks and commit the package"; exit 1; }
	$(BIN)/nbdev_clean
	@test -z "$$(git status --porcelain -- nbs)" || { git status --porcelain -- nbs; \
	  echo "nbdev_clean changed nbs/: run nbdev_clean and commit the cleaned notebooks"; exit 1; }
	$(BIN)/python .ci/make_readme.py --check

clean-venv:
	rm -rf $(VENV)
