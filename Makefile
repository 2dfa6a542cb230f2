# snag — build, setup and test.
#
#   make run     install what is missing, build, lint examples/
#   make test    install what is missing, build, run every test
#   make asan    the test suite under AddressSanitizer + UBSan
#   make tsan    the batched pipeline's threads under ThreadSanitizer
#   make fuzz FUZZ_SECONDS=N  each libFuzzer harness (tests/fuzz) for N s
#   make bench CORPUS=path   phase timings and MB/s over a corpus
#   make bench-scaling       time and memory at 1x/2x/4x of pathological inputs
#   make bench-heldout       recall per pitfall family on bench/heldout{,2,...,29} (python3 shows each bug)
#   make bench-scoping       recall and precision of the scoping rules on bench/scoping1 (module, class, function code)
#   make install PREFIX=dir  install build/snag as dir/bin/snag
#   make dist    build/dist/snag-<version>-linux-<arch>.tar.gz (runs anywhere)
#   make wheel   build/dist/snag_lint-<version>-py3-none-manylinux_*.whl
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

LIB_DIRS := parser analyses rules lint report gpu
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

# The vendored parser: profile-guided by default. `make` first builds an
# instrumented tree-sitter runtime and Python grammar into $(BUILD)/pgo,
# links a training snag with them, lints the repository's own fixtures,
# examples and bench programs with it, and then compiles the real objects
# with that profile (-fprofile-use; code the training never ran is
# optimised as without it). The parse is ~30% faster (BENCHMARKS.md,
# "Profile-guided build"). PGO=0, a sanitizer build, or a compiler without
# gcc's -fprofile-partial-training gives the plain -O2 build.
PGO ?= auto
PGO_OK := $(if $(SAN),,$(if $(filter 0 no off,$(PGO)),,$(shell $(CC) -fprofile-partial-training -E -x c /dev/null >/dev/null 2>&1 && echo 1)))
PGO_DIR   := $(BUILD)/pgo
PGO_STAMP := $(PGO_DIR)/profile.stamp
PGO_USE   := $(abspath $(PGO_DIR)/use)
VENDOR_PGO := $(if $(PGO_OK),-fprofile-use=$(PGO_USE) -fprofile-partial-training -Wno-missing-profile,)
VENDOR_DEP := $(SETUP_STAMP) $(if $(PGO_OK),$(PGO_STAMP),)
PGO_GEN_OBJ := $(VENDOR_OBJ:$(BUILD)/vendor/%=$(PGO_DIR)/gen/%)
PGO_TRAIN := tests/fixtures examples bench

# vendor object -> its source and include folder
VSRC_ts_lib := $(TS_LIB)/src/lib.c
VSRC_py_parser := $(PY_SRC)/parser.c
VSRC_py_scanner := $(PY_SRC)/scanner.c
VSRC_toml_parser := $(TOML_SRC)/parser.c
VSRC_toml_scanner := $(TOML_SRC)/scanner.c
VINC_ts_lib :=
VINC_py_parser := -I$(PY_SRC)
VINC_py_scanner := -I$(PY_SRC)
VINC_toml_parser := -I$(TOML_SRC)
VINC_toml_scanner := -I$(TOML_SRC)

$(BUILD)/vendor/%.o: $(VENDOR_DEP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) $(VENDOR_PGO) $(VINC_$*) -c $(VSRC_$*) -o $@

$(PGO_DIR)/gen/%.o: $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_VENDOR) -fprofile-generate=$(abspath $(PGO_DIR)/data) -fprofile-update=atomic \
	  $(VINC_$*) -c $(VSRC_$*) -o $@

# the profile, renamed for the real objects (gcc names it after the object's path)
$(PGO_STAMP): $(PGO_GEN_OBJ) $(LIB_OBJ) $(CLI_OBJ)
	$(CC) -fprofile-generate $(CLI_OBJ) $(LIB_OBJ) $(PGO_GEN_OBJ) $(LDLIBS) -o $(PGO_DIR)/snag-train
	rm -rf $(PGO_DIR)/data $(PGO_USE)
	$(PGO_DIR)/snag-train check --no-cache --isolated --exit-zero -q --select ALL $(PGO_TRAIN) >/dev/null
	@mkdir -p $(PGO_USE); \
	gen=$$(printf '%s' "$(abspath $(PGO_DIR)/gen)" | tr / '#'); \
	use=$$(printf '%s' "$(abspath $(BUILD)/vendor)" | tr / '#'); \
	for f in $(PGO_DIR)/data/*.gcda; do \
	  b=$${f##*/}; cp "$$f" "$(PGO_USE)/$$use$${b#"$$gen"}"; done
	@touch $@

# the one file that reads tree-sitter's internals (parser/tswalk.h)
$(BUILD)/parser/tswalk.o: parser/tswalk.c | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_SNAG) -I$(TS_LIB)/src -Wno-pedantic -c $< -o $@

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
	BUILD=$(BUILD) SAN="$(SAN)" sh tests/run.sh

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

# ---- fuzzing: libFuzzer harnesses (tests/fuzz) --------------------------------
# make fuzz [FUZZ_SECONDS=60]: builds every snag source with clang under
# -fsanitize=fuzzer-no-link,address,undefined in build-fuzz (each harness
# linked with -fsanitize=fuzzer) and runs each harness for FUZZ_SECONDS,
# keeping its corpus in build-fuzz/corpus/NAME; a crash fails it and leaves
# the input in build-fuzz/artifacts. `make test` runs a short smoke run of
# each (tests/fuzz/run.sh, skipped when clang's libFuzzer is missing).
# FUZZ_TARGETS="check fix" runs some of them.
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_BUILD   := build-fuzz
FUZZ_TARGETS ?= check fix toml notebook server
FUZZ_MAKE    := $(MAKE) BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) OPT="-O1 -g -fno-omit-frame-pointer" \
                SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"

.PHONY: fuzz fuzz-build fuzz-smoke-build
fuzz:
	$(FUZZ_MAKE) fuzz-build
	FUZZ_TARGETS="$(FUZZ_TARGETS)" CC=$(FUZZ_CC) sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

fuzz-build: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(CLI_LIB_OBJ) $(BUILD)/libsnag.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_SNAG) -fsanitize=fuzzer $< $(CLI_LIB_OBJ) $(BUILD)/libsnag.a $(LDLIBS) -o $@

-include $(wildcard $(BUILD)/fuzz/*.d)

# For make test: the harnesses, when clang has libFuzzer (else the suite
# prints a SKIP line).
test: fuzz-smoke-build
fuzz-smoke-build:
	@if CC=$(FUZZ_CC) sh tests/fuzz/run.sh --probe; then $(FUZZ_MAKE) fuzz-build; \
	else echo "SKIP fuzz build: $(FUZZ_CC) with libFuzzer not found"; fi

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
	echo && python3 bench/cache.py $(SNAG) $$corpus && \
	echo && python3 bench/vs_ruff.py $(SNAG) $$corpus && \
	echo && echo "== snag server: keystroke-to-diagnostics latency (5,000-line document)" && \
	python3 bench/lsp_latency.py $(SNAG) $$corpus 200 0 && \
	python3 bench/lsp_latency.py $(SNAG) $$corpus 200 100

# make bench-scaling: time and peak memory of snag check on issue 17's
# pathological shapes (comment blocks, findings on one line, TOML keys,
# nesting, module-level names, and links the program defines: class chains,
# lock regions, thread starts, aliases, repeated imports) at 1x, 2x and 4x
# (bench/scaling.py).
.PHONY: bench-scaling
bench-scaling: $(SNAG)
	python3 bench/scaling.py $(SNAG)

# make bench-scoping: recall and precision of the scoping rules (SNG1xx) on
# bench/scoping1, module and class bodies included (python3 shows each bug: --run).
.PHONY: bench-scoping
bench-scoping: $(SNAG)
	python3 bench/scoping.py $(SNAG) --run

# make bench-heldout: recall and false alarms per family on bench/heldout and
# bench/heldout2..29 (programs shaped like real libraries, each shown by
# python3: --run).
.PHONY: bench-heldout
bench-heldout: $(SNAG)
	python3 bench/heldout.py $(SNAG) --run
	python3 bench/heldout.py $(SNAG) --run --set=heldout2
	python3 bench/heldout.py $(SNAG) --run --set=heldout3
	python3 bench/heldout.py $(SNAG) --run --set=heldout4
	python3 bench/heldout.py $(SNAG) --run --set=heldout5
	python3 bench/heldout.py $(SNAG) --run --set=heldout6
	python3 bench/heldout.py $(SNAG) --run --set=heldout7
	python3 bench/heldout.py $(SNAG) --run --set=heldout8
	python3 bench/heldout.py $(SNAG) --run --set=heldout9
	python3 bench/heldout.py $(SNAG) --run --set=heldout10
	python3 bench/heldout.py $(SNAG) --run --set=heldout11
	python3 bench/heldout.py $(SNAG) --run --set=heldout12
	python3 bench/heldout.py $(SNAG) --run --set=heldout13
	python3 bench/heldout.py $(SNAG) --run --set=heldout14
	python3 bench/heldout.py $(SNAG) --run --set=heldout15
	python3 bench/heldout.py $(SNAG) --run --set=heldout16
	python3 bench/heldout.py $(SNAG) --run --set=heldout17
	python3 bench/heldout.py $(SNAG) --run --set=heldout18
	python3 bench/heldout.py $(SNAG) --run --set=heldout19
	python3 bench/heldout.py $(SNAG) --run --set=heldout20
	python3 bench/heldout.py $(SNAG) --run --set=heldout21
	python3 bench/heldout.py $(SNAG) --run --set=heldout22
	python3 bench/heldout.py $(SNAG) --run --set=heldout23
	python3 bench/heldout.py $(SNAG) --run --set=heldout24
	python3 bench/heldout.py $(SNAG) --run --set=heldout25
	python3 bench/heldout.py $(SNAG) --run --set=heldout26
	python3 bench/heldout.py $(SNAG) --run --set=heldout27
	python3 bench/heldout.py $(SNAG) --run --set=heldout28
	python3 bench/heldout.py $(SNAG) --run --set=heldout29

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
	rm -rf build build-asan build-tsan build-fuzz

# ---- version and commit ------------------------------------------------------
# `snag --version` prints `snag 0.1.0 (<short commit>)`: SNAG_VERSION lives
# in report/report.h; the commit reaches cli/main.o alone, and its stamp is
# rewritten only when the commit changes, so a new commit recompiles main.c
# and relinks, nothing more. "unknown" outside a git checkout.
SNAG_COMMIT  := $(shell [ -e .git ] && git rev-parse --short HEAD 2>/dev/null || echo unknown)
VERSION      := $(shell sed -n 's/^[#]define SNAG_VERSION "\(.*\)"/\1/p' report/report.h)
COMMIT_STAMP := $(BUILD)/commit.stamp

$(BUILD)/cli/main.o: CFLAGS_SNAG += -DSNAG_COMMIT='"$(SNAG_COMMIT)"'
$(BUILD)/cli/main.o: $(COMMIT_STAMP)
$(COMMIT_STAMP): FORCE
	@mkdir -p $(dir $@); echo '$(SNAG_COMMIT)' >$@.tmp; \
	if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv -f $@.tmp $@; fi
.PHONY: FORCE
FORCE:

# ---- releases: make dist, make wheel -------------------------------------------
# make dist: build/dist/snag-<version>-linux-<arch>.tar.gz, a stripped snag
# that runs without the source tree, node or an installed libcjson: Debian
# ships no static libcjson, so the shared library travels beside the binary
# (lib/snag/libcjson.so.1, found through an $ORIGIN rpath, as auditwheel
# does). DT_RPATH rather than RUNPATH: LD_LIBRARY_PATH cannot swap it.
# make wheel: build/dist/snag_lint-<version>-py3-none-manylinux_<glibc>_<arch>.whl
# from the same two files (packaging/make_wheel.py: stdlib only, offline).
PYTHON    ?= python3
ARCH      := $(shell uname -m)
DIST      := $(BUILD)/dist
DIST_NAME := snag-$(VERSION)-linux-$(ARCH)
DIST_TGZ  := $(DIST)/$(DIST_NAME).tar.gz
DIST_DOCS := $(wildcard LICENSE) README.md docs/install.md
CJSON_COPYRIGHT := $(wildcard /usr/share/doc/libcjson1/copyright)
WHEEL_STAMP := $(DIST)/wheel.stamp

.PHONY: dist wheel
dist: $(DIST_TGZ)
wheel: $(WHEEL_STAMP)

$(DIST)/snag: $(CLI_OBJ) $(BUILD)/libsnag.a
	@mkdir -p $(dir $@)
	$(CC) $(CLI_OBJ) $(BUILD)/libsnag.a $(LDLIBS) -s \
	  -Wl,--disable-new-dtags -Wl,-rpath,'$$ORIGIN/../lib/snag' -o $@

$(DIST)/libcjson.so.1: $(DIST)/snag
	@so=$$($(CC) -print-file-name=libcjson.so.1); case $$so in /*) ;; *) \
	  echo "dist: libcjson.so.1 not found (apt-get install libcjson-dev)" >&2; exit 1;; esac; \
	echo "cp $$so $@"; cp -L "$$so" $@ && chmod 755 $@

$(DIST)/cJSON-LICENSE: $(CJSON_COPYRIGHT)
	@mkdir -p $(dir $@)
	@if [ -n "$<" ]; then cp "$<" $@; else \
	  printf 'cJSON: Copyright (c) 2009-2017 Dave Gamble and cJSON contributors (MIT License)\n' >$@; fi

$(DIST_TGZ): $(DIST)/snag $(DIST)/libcjson.so.1 $(DIST)/cJSON-LICENSE $(DIST_DOCS)
	rm -rf $(DIST)/$(DIST_NAME)
	mkdir -p $(DIST)/$(DIST_NAME)/bin $(DIST)/$(DIST_NAME)/lib/snag
	cp $(DIST)/snag $(DIST)/$(DIST_NAME)/bin/snag
	cp $(DIST)/libcjson.so.1 $(DIST)/cJSON-LICENSE $(DIST)/$(DIST_NAME)/lib/snag/
	cp $(DIST_DOCS) $(DIST)/$(DIST_NAME)/
	tar -C $(DIST) --owner=0 --group=0 --numeric-owner --sort=name -czf $@ $(DIST_NAME)
	rm -rf $(DIST)/$(DIST_NAME)

$(WHEEL_STAMP): $(DIST)/snag $(DIST)/libcjson.so.1 $(DIST)/cJSON-LICENSE $(DIST_DOCS) \
                packaging/make_wheel.py $(wildcard packaging/snag_lint/*.py)
	$(PYTHON) packaging/make_wheel.py --version $(VERSION) --binary $(DIST)/snag \
	  --lib $(DIST)/libcjson.so.1 $(foreach d,$(wildcard LICENSE) $(DIST)/cJSON-LICENSE,--doc $(d)) \
	  --out $(DIST)
	@touch $@

# make test runs the packaging tests on these (tests/cli/dist.sh, wheel.sh,
# hooks_precommit.sh, action.sh); a sanitizer build skips them.
test: $(if $(SAN),,dist wheel)
