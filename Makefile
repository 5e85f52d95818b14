# The two quick-start commands are `make run` and `make test`; both install libedit first.
SWIFT ?= swift
ARGS ?=
FUZZ_SECONDS ?= 60

.PHONY: deps build run test banks release bench format lint fuzz clean

# libedit (line editing) and SQLite's headers come from Debian's packages.
deps:
	@if ! pkg-config --exists libedit || ! pkg-config --exists sqlite3; then \
	  echo "Installing libedit-dev and libsqlite3-dev (Debian packages)..."; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run --skip-build mentorprep $(ARGS)

test: deps
	$(SWIFT) test

# Re-embed prompts/*.yaml into the binary after editing a built-in bank.
banks:
	scripts/embed-banks

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

# Release build (static stdlib), then medians over repeated runs: first prompt, a whole piped
# conversation and its export, list and actions --open at 50,000 seeded sessions, peak memory.
# BENCH_RUNS=50 for more runs; BENCH_ARGS=--instructions also counts instructions (valgrind).
bench: deps
	SWIFT="$(SWIFT)" scripts/bench $(BENCH_ARGS)

# libFuzzer targets (a package of their own in Fuzz/, never built by build or test), each run
# for FUZZ_SECONDS (default 60); see Fuzz/README.md.
fuzz: deps
	FUZZ_SECONDS="$(FUZZ_SECONDS)" SWIFT="$(SWIFT)" Fuzz/run

# swift-format comes with the toolchain; .swift-format holds the settings.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --recursive Sources Tests Package.swift

clean:
	rm -rf .build
