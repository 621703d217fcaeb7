# nodus: the front door. `make` (deps + build), `make test`, `make demo`, `make bench`.
BUILD_TYPE ?= Release
BUILD_DIR ?= build/release
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps build test test-asan asan fuzz demo bench clean format

all: build

deps:
	@bash scripts/setup-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/build.ninja
	ninja -C $(BUILD_DIR) -j$(JOBS) nodus nodus_cctest
	@ln -sfn release/nodus build/nodus

test: build
	python3 tools/test.py --nodus build/nodus --cctest $(BUILD_DIR)/nodus_cctest -j$(JOBS)

# The sanitizer build (address + undefined) over the JS suites.
asan: deps
	cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_SANITIZE=address,undefined
	ninja -C build/asan -j$(JOBS) nodus

test-asan: asan
	NODUS_SANITIZED=1 ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  python3 tools/test.py --nodus build/asan/nodus --suite parallel --suite diff -j$(JOBS) --timeout 300

# libFuzzer targets (test/fuzz/*.cc) built with clang, each run for FUZZ_SECONDS.
FUZZ_SECONDS ?= 20
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_FUZZ=ON
	ninja -C build/fuzz -j$(JOBS) $$(ls test/fuzz/*.cc | xargs -n1 basename | sed 's/\.cc$$//')
	@for f in test/fuzz/*.cc; do n=$$(basename $$f .cc); mkdir -p build/fuzz/corpus/$$n; \
	  echo "fuzz: $$n ($(FUZZ_SECONDS)s)"; \
	  if ! build/fuzz/$$n -max_total_time=$(FUZZ_SECONDS) -print_final_stats=0 build/fuzz/corpus/$$n \
	      > build/fuzz/$$n.log 2>&1; then tail -40 build/fuzz/$$n.log; exit 1; fi; \
	  tail -1 build/fuzz/$$n.log; \
	done

demo: build
	build/nodus examples/demo.js

bench: build
	bash bench/startup/run.sh

clean:
	rm -rf build/release build/asan build/nodus
