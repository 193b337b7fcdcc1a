# One entry point for people and CI. Every target builds its own .venv from pyproject.toml.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv test run chat demo bench eval clean

$(STAMP): pyproject.toml deploy/install.sh
	$(PYTHON) -m venv $(VENV)
	sh deploy/install.sh --dev $(BIN)/python    # the Dockerfile runs the same script
	touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m compileall -q -j 0 bot storage summarizer tests    # bytecode once: the tests start ~100 processes, which would each compile our sources again (PYTHONDONTWRITEBYTECODE)
	$(BIN)/python -m pytest -q -n 4 --dist loadfile    # a module stays on one worker (module-scoped fixtures); 4 on 2 cores: e2e tests mostly wait

run: $(STAMP)
	$(BIN)/newsbrief run

chat: $(STAMP)
	$(BIN)/newsbrief chat

demo: $(STAMP)
	$(BIN)/newsbrief summarize summarizer/data/sample_zh.txt

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/eval_rouge.py
	$(BIN)/python benchmarks/bench_storage.py

clean:
	rm -rf $(VENV) build *.egg-info
