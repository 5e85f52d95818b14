# The two quick-start commands are `make run` and `make test`; both install libedit first.
SWIFT ?= swift
ARGS ?=
FUZZ_SECONDS ?= 60

.PHONY: deps build run test test-install banks release static-libs function-order manual install uninstall bench format lint fuzz clean

# `make install PREFIX=DIR` (DESTDIR honoured): the release binary, its man page and completions.
PREFIX ?= /usr/local
DESTDIR ?=
RELEASE_SCRATCH = .build-release
# How the release binary starts fast and small (README, "Benchmark"):
# - linked at a fixed address (no PIE), so none of its ~90,000 relocations is applied at start;
# - SQLite, libedit and the C++ runtime linked in from Debian's static libraries, so the loader
#   finds and maps three shared libraries instead of ten;
# - no $ORIGIN search path (which made the loader look for each library beside the binary);
# - every function in a section of its own, laid out in the order a conversation first runs
#   them (scripts/function-order.txt, `make function-order`), so the code it runs is a few
#   megabytes together rather than pages scattered over twenty: fewer page faults, less memory;
# - the metadata of a generic type (`Set<String>`) got through its accessor rather than by
#   demangling its name at run time, which also checked each of its conformances by scanning
#   every conformance record in the binary: a third of a first prompt's instructions.
STATIC_LIBS = $(CURDIR)/$(RELEASE_SCRATCH)/static-libs
FUNCTION_ORDER = $(CURDIR)/scripts/function-order.txt
RELEASE_BUILD = $(SWIFT) build -c release --static-swift-stdlib --scratch-path $(RELEASE_SCRATCH) \
  --disable-local-rpath -Xswiftc -Xclang-linker -Xswiftc -no-pie -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
  -Xswiftc -L -Xswiftc $(STATIC_LIBS) -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xlinker --section-ordering-file=$(FUNCTION_ORDER) \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
LIBDIR = $(shell pkg-config --variable=libdir sqlite3 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
BINARY = $(RELEASE_SCRATCH)/release/mentorprep
MANUAL = $(RELEASE_SCRATCH)/manual/mentorprep.1
BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# libedit (line editing) and SQLite's headers come from Debian's packages.
deps:
	@if ! pkg-config --exists libedit || ! pkg-config --exists sqlite3; then \
	  echo "Installing libedit-dev and libsqlite3-dev (Debian packages)..."; \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev libsqlite3-dev pkg-config; \
	fi
	@# The tests check every export with real parsers (scripts/check-exports), from PyPI.
	@if ! python3 -c 'import jsonschema, icalendar, markdown_it' 2>/dev/null; then \
	  echo "Installing jsonschema, icalendar and markdown-it-py (Python packages, for the tests)..."; \
	  python3 -m pip install --quiet --disable-pip-version-check jsonschema icalendar markdown-it-py; \
	fi

build: deps
	$(SWIFT) build

# The hints that say how to go on name `make run ARGS=…`, as `mentorprep` need not be on the PATH.
run: build
	MENTORPREP_RUN_BY=make $(SWIFT) run --skip-build mentorprep $(ARGS)

# The unit and end-to-end tests, then an install into a temporary prefix (one release build).
test: deps
	$(SWIFT) test
	$(MAKE) test-install

test-install: release manual
	SWIFT="$(SWIFT)" scripts/test-install

# After editing a built-in bank: load prompts/*.yaml with every check (a bank with problems is
# refused, exit 65) and rewrite the one generated file, Sources/MentorPrepBuiltInBanks/
# BuiltInBanks+Generated.swift. The generator is a target of the package, never installed.
banks:
	$(SWIFT) run generate-built-in-banks

# A release binary that carries its Swift runtime, so it can be copied anywhere. The folder of
# static libraries holds two linker scripts named as the shared libraries (which the linker
# finds first there): -lsqlite3 and -ledit then take the static archives.
release: deps static-libs
	$(RELEASE_BUILD) --product mentorprep

static-libs:
	@mkdir -p $(STATIC_LIBS)
	@echo 'INPUT($(LIBDIR)/libsqlite3.a)' > $(STATIC_LIBS)/libsqlite3.so
	@echo 'INPUT($(LIBDIR)/libedit.a $(LIBDIR)/libtinfo.a $(LIBDIR)/libbsd.a $(LIBDIR)/libmd.a)' > $(STATIC_LIBS)/libedit.so
	@echo 'INPUT($(shell clang -print-file-name=libstdc++.a))' > $(STATIC_LIBS)/libstdc++.so

# After a change that moves much code: runs the release binary under valgrind through a
# conversation and the everyday commands, and writes the order its functions first ran in.
function-order: release
	scripts/order-functions $(BINARY) $(FUNCTION_ORDER)
	rm -f $(BINARY)
	$(MAKE) release

# The man page, generated from the command definitions by swift-argument-parser's
# generate-manual tool (what its plugin runs, here pointed at the static binary already built);
# the root command's discussion carries the sections on the conversation, keys, dates and
# actions, exit statuses and files, which scripts/finish-manual makes sections of the page (and
# lists the global options once, not under every command).
manual: release
	$(RELEASE_BUILD) --product generate-manual
	mkdir -p $(dir $(MANUAL))
	$(RELEASE_SCRATCH)/release/generate-manual $(BINARY) --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)" \
	  --output-directory $(dir $(MANUAL))
	scripts/finish-manual $(MANUAL)

install: release manual
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(BINARY) $(BINDIR)/mentorprep
	install -m 644 $(MANUAL) $(MANDIR)/mentorprep.1
	$(BINARY) --generate-completion-script bash > $(BASHDIR)/mentorprep
	$(BINARY) --generate-completion-script zsh > $(ZSHDIR)/_mentorprep
	$(BINARY) --generate-completion-script fish > $(FISHDIR)/mentorprep.fish
	chmod 644 $(BASHDIR)/mentorprep $(ZSHDIR)/_mentorprep $(FISHDIR)/mentorprep.fish

# Removes the files install put there, then the folders it made, deepest first, when nothing
# else is left in them; PREFIX itself stays.
INSTALLED_DIRS = $(BINDIR) $(MANDIR) $(dir $(MANDIR)) $(BASHDIR) $(dir $(BASHDIR)) \
  $(ZSHDIR) $(dir $(ZSHDIR)) $(FISHDIR) $(dir $(FISHDIR)) $(DESTDIR)$(PREFIX)/share

uninstall:
	rm -f $(BINDIR)/mentorprep $(MANDIR)/mentorprep.1 $(BASHDIR)/mentorprep \
	  $(ZSHDIR)/_mentorprep $(FISHDIR)/mentorprep.fish
	@for dir in $(INSTALLED_DIRS); do \
	  if [ -d "$$dir" ] && [ -z "$$(ls -A "$$dir")" ]; then rmdir "$$dir"; fi; \
	done

# Release build (static stdlib), then medians over repeated runs: first prompt, a whole piped
# conversation and its export, list and actions --open at 50,000 seeded sessions, peak memory.
# BENCH_RUNS=50 for more runs; BENCH_ARGS=--instructions also counts instructions (valgrind).
bench: deps
	SWIFT="$(SWIFT)" scripts/bench $(BENCH_ARGS)

# libFuzzer targets (a package of their own in Fuzz/, never built by build or test), each run
# for FUZZ_SECONDS (default 60); see Fuzz/README.md.
fuzz: deps
	FUZZ_SECONDS="$(FUZZ_SECONDS)" SWIFT="$(SWIFT)" Fuzz/run

# swift-format comes with the toolchain; .swift-format holds the settings. The generated bank
# says to leave it as its generator writes it (`swift-format-ignore-file`). Lint fails on any
# finding: without --strict, swift format lint reports them and exits 0.
format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

clean:
	rm -rf .build
