# Aspirasi. `make run` serves the hub on its embedded PostgreSQL; `make test` runs every test.
# Both install what is missing first (scripts/bootstrap.sh).

SWIFT ?= swift
PORT ?= 8080
DATA_DIR ?=

.PHONY: setup build release run demo test test-only interop browser schemathesis format lint bench-locate bench-intake bench-deliveries bench-pollers bench-slowloris bench-evaluation bench clean

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
	scripts/interop-open311.sh
	scripts/browser-tests.sh
	scripts/schemathesis.sh

# An Open311 client from PyPI (georeport) against a running hub.
interop:
	scripts/interop-open311.sh

# The officers' console in headless Chromium (Selenium); writes docs/screenshots/.
browser:
	scripts/browser-tests.sh

# The live hub fuzzed against its OpenAPI document by schemathesis (PyPI).
schemathesis:
	scripts/schemathesis.sh

# Re-run the suite without rebuilding or installing anything.
test-only:
	$(SWIFT) test --skip-build

format:
	swift-format format --in-place --recursive Sources adapters Tests Package.swift

lint:
	swift-format lint --strict --recursive Sources adapters Tests Package.swift

bench-locate: release
	@scripts/bootstrap.sh bench
	bench/locate.sh

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

bench-evaluation: release
	@scripts/bootstrap.sh bench
	bench/evaluation.sh

bench: bench-locate bench-intake bench-deliveries bench-pollers bench-slowloris

clean:
	rm -rf .build
