# Aspirasi. `make run` serves the hub on its embedded PostgreSQL; `make test` runs every test.
# Both install what is missing first (scripts/bootstrap.sh).

SWIFT ?= swift
PORT ?= 8080
DATA_DIR ?=

.PHONY: setup build release run demo test test-only interop browser schemathesis format lint bench-locate bench-intake bench-deliveries bench-pollers bench-slowloris bench-console bench soak soak-ci deploy-test container-test fuzz fuzz-smoke eval-classifier bench-classifier bench-evaluation bench-national clean

setup:
	@scripts/bootstrap.sh run

build: setup
	$(SWIFT) build --build-tests

release: setup
	$(SWIFT) build -c release --product aspirasi

run: release
	.build/release/aspirasi serve --port $(PORT) $(if $(DATA_DIR),--data-dir $(DATA_DIR))

# A realistic synthetic month in an empty database, and one account per role (passwords printed once).
demo: release
	.build/release/aspirasi demo $(if $(REPORTS),--reports $(REPORTS)) $(if $(DATA_DIR),--data-dir $(DATA_DIR))

test: build
	@scripts/bootstrap.sh test
	$(SWIFT) test --skip-build
	.build/debug/aspirasi classifier evaluate --check
	scripts/interop-open311.sh
	scripts/browser-tests.sh
	scripts/schemathesis.sh
	$(MAKE) soak-ci

# An Open311 client from PyPI (georeport) against a running hub.
interop:
	scripts/interop-open311.sh

# The officers' console in headless Chromium (Selenium); writes docs/screenshots/.
browser:
	scripts/browser-tests.sh

# The live hub fuzzed against its OpenAPI document by schemathesis (PyPI).
schemathesis:
	scripts/schemathesis.sh

# The deployment's essentials on loopback: nginx with TLS in front, a signed webhook through it.
deploy-test: build
	deploy/test-nginx-tls.sh .build/debug/aspirasi

# The container image (deploy/container) built and run with podman; a release binary: CONTAINER_BIN=.build/release/aspirasi.
container-test: build
	deploy/test-container.sh $${CONTAINER_BIN:-.build/debug/aspirasi}

# libFuzzer on every parser of outside input, FUZZ_SECONDS per target (default 600); see scripts/fuzz.sh.
fuzz: setup
	scripts/fuzz.sh

# CI's short version: a few seconds per target on its seed corpus, reusing the test build.
fuzz-smoke: build
	FUZZ_SECONDS=$${FUZZ_SECONDS:-5} FUZZ_SCRATCH=.build scripts/fuzz.sh

# Re-run the suite without rebuilding or installing anything.
test-only:
	$(SWIFT) test --skip-build

format:
	swift-format format --in-place --recursive Sources adapters Tests Fuzz Package.swift

lint:
	swift-format lint --strict --recursive Sources adapters Tests Fuzz Package.swift

# The category classifier on its held-out set (eval/): the rules alone, rules + model, and after
# simulated koordinator corrections; fails below its floor. Runs in `make test` (seconds).
eval-classifier: build
	.build/debug/aspirasi classifier evaluate --check

bench-locate: release
	@scripts/bootstrap.sh bench
	bench/locate.sh

# Locate over Indonesia's 83,762 villages (generated polygons): generation and import timed, then wrk.
bench-national: release
	@scripts/bootstrap.sh bench
	bench/national.sh

bench-intake: release
	@scripts/bootstrap.sh bench
	bench/intake.sh

bench-deliveries: release
	@scripts/bootstrap.sh bench
	bench/deliveries.sh

bench-pollers: release
	@scripts/bootstrap.sh bench
	bench/pollers.sh

bench-slowloris: release
	@scripts/bootstrap.sh bench
	bench/slowloris.sh

# The console and the queue on 1,000,000 demo reports (loaded once into CONSOLE_DATA_DIR, then reused).
bench-console: release
	@scripts/bootstrap.sh bench
	bench/console.sh

# Three hubs on one PostgreSQL behind nginx, fed on every channel while hubs are killed and the
# database restarted; checks nothing is lost, doubled or stuck (bench/soak.sh). ASPIRASI_BIN=... skips the build.
soak: $(if $(ASPIRASI_BIN),,release)
	@scripts/bootstrap.sh soak
	bench/soak.sh

# The short soak CI runs (part of `make test`): the debug build, a few thousand messages, one kill.
soak-ci:
	@scripts/bootstrap.sh soak
	ASPIRASI_BIN=$${ASPIRASI_BIN:-.build/debug/aspirasi} SOAK_MESSAGES=$${SOAK_MESSAGES:-3000} SOAK_SECONDS=120 \
	  SOAK_MAX_KILLS=1 SOAK_DRAIN_SECONDS=90 bench/soak.sh

# Classification time per message and training on a million synthetic labelled reports.
bench-classifier: release
	.build/release/aspirasi classifier bench

# The monthly evaluation and the public figures over the demo generator's history.
bench-evaluation: release
	@scripts/bootstrap.sh bench
	bench/evaluation.sh

# Every benchmark. The console's and the evaluation's first load a million demo reports each (the console's
# is kept for later runs in CONSOLE_DATA_DIR); REPORTS=10000000 make bench-evaluation is the issue's scale.
bench: bench-locate bench-national bench-intake bench-deliveries bench-pollers bench-slowloris bench-classifier \
	bench-console bench-evaluation

clean:
	rm -rf .build
