# snag — build, setup and test.
#
#   make run     install what is missing, build, lint examples/
#   make test    install what is missing, build, run every test
#   make asan    the test suite under AddressSanitizer + UBSan
#   make tsan    the batched pipeline's threads under ThreadSanitizer
#   make bench CORPUS=path   phase timings and MB/s over a corpus
#   make install PREFIX=dir  install build/snag as dir/bin/snag
#
# Third-party C sources (tree-sitter runtime and grammars) arrive with
# `npm ci --ignore-scripts` into deps/node_modules (ignored); cJSON comes
# from Debian's libcjson-dev. Nothing from another project is committed.

.DEFAULT_GOAL := all

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
OPT     ?= -O2 -g
SAN     ?=
WARN    := -std=c11 -Wall -Wextra -Wshadow -Wpedantic -Werror \
           -Wno-unused-parameter -Wstrict-prototypes -Wmissing-prototypes
DEFS    := -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L

NODE_MODULES := deps/node_modules
TS_LIB   := $(NODE_MODULES)/tree-sitter/vendor/tree-sitter/lib
PY_SRC   := $(NODE_MODULES)/tree-sitter-python/src
TOML_SRC := $(NODE_MODULES)/@tree-sitter-grammars/tree-sitter-toml/src

INCLUDES := -I. -I$(TS_LIB)/include
CFLAGS_SNAG := $(WARN) $(DEFS) $(OPT) $(SAN) $(INCLUDES) -MMD -MP
CFLAGS_VENDOR := -std=c11 $(DEFS) -O2 -g -w $(SAN) -I$(TS_LIB)/include -I$(TS_LIB)/src
LDLIBS  := -lcjson -lpthread -lm

# ---- setup: system packages and npm sources ------------------------------
#
# scripts/setup.sh checks what the system must provide. Building needs only
# a C compiler, libcjson-dev and npm: `make` as an ordinary user works when
# those are there, and otherwise prints the one `apt-get install` line to
# run and stops (it calls apt itself only as root). The tools the tests
# drive (python3, pre-commit, neovim...) are checked by `make test` alone.

SETUP_STAMP := $(NODE_MODULES)/.snag-installed

.PHONY: setup test-setup
setup: $(SETUP_STAMP)
test-setup: $(SETUP_STAMP)
	@CC="$(CC)" sh scripts/setup.sh test

$(SETUP_STAMP): deps/package.json deps/package-lock.json
	@CC="$(CC)" sh scripts/setup.sh build
	cd deps && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Test-only npm packages: a real LSP client library for tests/lsp.
LSP_TEST_STAMP := tests/lsp/node_modules/.snag-installed
$(LSP_TEST_STAMP): tests/lsp/package.json tests/lsp/package-lock.json $(SETUP_STAMP)
	cd tests/lsp && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# ---- sources --------------------------------------------------------------

LIB_DIRS := parser analyses rules report gpu
LIB_SRC  := $(foreach d,$(LIB_DIRS),$(wildcard $(d)/*.c))
CLI_SRC  := $(wildcard cli/*.c)
TEST_SRC := $(wildcard tests/unit/*.c)

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/%.o)
VENDOR_OBJ := $(BUILD)/vendor/ts_lib.o $(BUILD)/vendor/py_parser.o \
              $(BUILD)/vendor/py_scanner.o $(BUILD)/vendor/toml_parser.o \
              $(BUILD)/vendor/toml_scanner.o

SNAG := $(BUILD)/snag
UNIT := $(BUILD)/unit-tests
BENCH := $(BUILD)/snag-bench

.PHONY: all
all: $(SNAG)

$(BUILD)/vendor/ts_lib.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -c $(TS_LIB)/src/lib.c -o $@
$(BUILD)/vendor/py_parser.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -I$(PY_SRC) -c $(PY_SRC)/parser.c -o $@
$(BUILD)/vendor/py_scanner.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -I$(PY_SRC) -c $(PY_SRC)/scanner.c -o $@
$(BUILD)/vendor/toml_parser.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -I$(TOML_SRC) -c $(TOML_SRC)/parser.c -o $@
$(BUILD)/vendor/toml_scanner.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -I$(TOML_SRC) -c $(TOML_SRC)/scanner.c -o $@

$(BUILD)/%.o: %.c | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_SNAG) -c $< -o $@

$(BUILD)/libsnag.a: $(LIB_OBJ) $(VENDOR_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(SNAG): $(CLI_OBJ) $(BUILD)/libsnag.a
	$(CC) $(SAN) $(CLI_OBJ) $(BUILD)/libsnag.a $(LDLIBS) -o $@

# Unit tests link the CLI modules (discovery, configuration...) besides the
# library: every CLI object but the one with main().
CLI_LIB_OBJ := $(filter-out $(BUILD)/cli/main.o,$(CLI_OBJ))
$(UNIT): $(TEST_OBJ) $(CLI_LIB_OBJ) $(BUILD)/libsnag.a
	$(CC) $(SAN) $(TEST_OBJ) $(CLI_LIB_OBJ) $(BUILD)/libsnag.a $(LDLIBS) -o $@

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

# ---- the two commands ------------------------------------------------------

.PHONY: run
run: $(SNAG)
	@echo "== snag check examples/  (one file per pitfall family; findings are expected)"
	@$(SNAG) check examples/ --output-format full; status=$$?; \
	if [ $$status -gt 1 ]; then exit $$status; fi

.PHONY: test
test: test-setup $(SNAG) $(UNIT) $(LSP_TEST_STAMP) editors gpu-check
	BUILD=$(BUILD) sh tests/run.sh

# ---- GPU (gpu/*.cu) ----------------------------------------------------------
# The default build is CPU-only (gpu/device_none.c: no device). `make gpu`
# links build/snag-gpu with the CUDA side; `make gpu-check` (part of make
# test) compiles every .cu for sm_90 and fails on a compile error.
NVCC ?= $(firstword $(shell command -v nvcc 2>/dev/null) $(wildcard /usr/local/cuda/bin/nvcc))
CU_SRC := $(wildcard gpu/*.cu)
CU_OBJ := $(CU_SRC:%.cu=$(BUILD)/%.cu.o)
NVCC_FLAGS := -std=c++17 -arch=sm_90 -O2 -g $(DEFS) $(INCLUDES)

.PHONY: gpu-check gpu
gpu-check: $(SETUP_STAMP)
	@if [ -z "$(NVCC)" ]; then \
	  echo "SKIP gpu-check: nvcc not found, GPU support is skipped (the CPU build is complete)"; \
	else for f in $(CU_SRC); do \
	  echo "nvcc -arch=sm_90 -c $$f"; mkdir -p $(BUILD)/gpu; \
	  $(NVCC) $(NVCC_FLAGS) -c $$f -o $(BUILD)/gpu/check.o || exit 1; done; fi

gpu: $(if $(NVCC),$(BUILD)/snag-gpu,)
	@[ -n "$(NVCC)" ] || echo "gpu: nvcc not found: GPU support is skipped; $(SNAG) is the CPU build"

# snag-gpu carries kernels for Ampere, Ada and Hopper, plus PTX for newer.
NVCC_ARCHS := -gencode arch=compute_80,code=sm_80 -gencode arch=compute_86,code=sm_86 \
              -gencode arch=compute_89,code=sm_89 -gencode arch=compute_90,code=sm_90 \
              -gencode arch=compute_90,code=compute_90

$(BUILD)/gpu/%.cu.o: gpu/%.cu $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(NVCC) $(filter-out -arch=sm_90,$(NVCC_FLAGS)) $(NVCC_ARCHS) -c $< -o $@

# candidates.cu.o comes before libsnag.a, so the archive's device_none.o
# (the same symbols) is never pulled in.
$(BUILD)/snag-gpu: $(CU_OBJ) $(CLI_OBJ) $(BUILD)/libsnag.a
	$(NVCC) $(NVCC_ARCHS) $(CU_OBJ) $(CLI_OBJ) $(BUILD)/libsnag.a $(LDLIBS) -o $@

# The VS Code extension: pinned npm dev dependencies, compiled with tsc.
VSCODE_STAMP := editors/vscode/node_modules/.snag-installed
$(VSCODE_STAMP): editors/vscode/package.json editors/vscode/package-lock.json $(SETUP_STAMP)
	cd editors/vscode && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: editors
editors: editors/vscode/out/extension.js
editors/vscode/out/extension.js: editors/vscode/src/extension.ts editors/vscode/tsconfig.json $(VSCODE_STAMP)
	cd editors/vscode && node node_modules/typescript/bin/tsc -p .

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary to $(PREFIX)/bin/snag.
.PHONY: install
install: $(SNAG)
	mkdir -p $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(SNAG) $(DESTDIR)$(PREFIX)/bin/snag

# rules.md is generated from the rules' own metadata; a test keeps it fresh.
rules.md: $(SNAG)
	$(SNAG) rules --format markdown > $@

.PHONY: asan
asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" test

# The batched pipeline (cli/batch.c: a batch-step thread beside the worker
# pool) under ThreadSanitizer: the GPU-path equivalence test with a TSan
# build, which stops at the first race. Not in `make test` (minutes).
.PHONY: tsan
tsan:
	$(MAKE) BUILD=build-tsan OPT="-O1 -g -fno-omit-frame-pointer" SAN="-fsanitize=thread" build-tsan/snag
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" sh tests/gpu/equivalence.sh build-tsan/snag

.PHONY: bench
bench: $(SNAG)
	@corpus="$(CORPUS)"; \
	if [ -z "$$corpus" ]; then \
	  for d in /root/.pyenv/versions/3.11.7/lib/python3.11 /usr/lib/python3.11; do \
	    [ -d "$$d" ] && corpus=$$d && break; done; fi; \
	$(SNAG) bench $${corpus:?set CORPUS=path} && \
	echo && echo "== snag server: keystroke-to-diagnostics latency (5,000-line document)" && \
	python3 bench/lsp_latency.py $(SNAG) $$corpus 200 0 && \
	python3 bench/lsp_latency.py $(SNAG) $$corpus 200 100

# make bench-gpu CORPUS=dir: the batched pipeline's phases (on the device
# when build/snag-gpu finds one, else the host reference) and --backend cpu
# end to end, same files, same run. bench/make_corpus.sh builds a corpus of
# 10M+ lines from the Python sources on a machine.
.PHONY: bench-gpu
bench-gpu: $(SNAG) $(if $(NVCC),$(BUILD)/snag-gpu,)
	@corpus="$(CORPUS)"; \
	if [ -z "$$corpus" ]; then \
	  for d in /root/.pyenv/versions/3.11.7/lib/python3.11 /usr/lib/python3.11; do \
	    [ -d "$$d" ] && corpus=$$d && break; done; fi; \
	if [ -x $(BUILD)/snag-gpu ] && \
	   $(BUILD)/snag-gpu check --backend gpu --exit-zero -q examples >/dev/null 2>&1; then \
	  $(BUILD)/snag-gpu bench --backend gpu $${corpus:?set CORPUS=path}; \
	else echo "(no CUDA device here: the GPU algorithm's host reference)"; \
	  $(SNAG) bench --backend gpu-host $${corpus:?set CORPUS=path}; fi

# make realcode: the default rules over four real projects (the CPython
# stdlib, Django, SymPy and Twisted from Debian, installed when missing),
# per-rule counts and times, then tests/realcode/verdicts.tsv: a finding
# reviewed as false must not come back, one reviewed as true must stay.
# Not part of `make test` (it installs packages). scripts/realcode.py
# also draws the fixed-seed samples reviewers read (see BENCHMARKS.md).
REALCODE_DEB := python3-django python3-sympy python3-twisted
.PHONY: realcode
realcode: $(SNAG)
	@missing=""; for p in $(REALCODE_DEB); do 	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; 	if [ -n "$$missing" ]; then 	  echo "realcode: installing Debian packages:$$missing"; 	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; 	fi
	python3 scripts/realcode.py run --snag $(SNAG)
	python3 scripts/realcode.py check

# Line-level comparison with Ruff's and flake8-bugbear's fixtures in
# ../shared/peer-fixtures (skipped when absent); not part of `make test`.
.PHONY: conformance
conformance: $(SNAG)
	SNAG=$(SNAG) python3 tests/conformance.py

.PHONY: clean
clean:
	rm -rf build build-asan build-tsan
