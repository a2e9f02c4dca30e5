# motcua: two commands on a fresh Debian bookworm machine.
#   make run    installs what is missing, builds, starts the kiosk
#   make test   installs what is missing, builds, runs every test through ctest
#   make deb    builds build/release/motcua_<version>_amd64.deb (release build, /usr prefix)
PRESET ?= dev
BUILD  := build/$(PRESET)
BIN    := $(BUILD)/bin

.PHONY: all deps configure build run test bench screenshots asan deb clean

all: build

deps:
	@bash tools/install-deps.sh

$(BUILD)/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset $(PRESET)

configure: deps $(BUILD)/build.ninja

build: configure
	cmake --build --preset $(PRESET)

run: build
	@bash tools/run-kiosk.sh $(BIN)

test: build
	ctest --preset $(PRESET)

bench: build
	$(BIN)/motcua bench startup --runs 20

screenshots: build
	@bash tools/screenshots.sh $(BIN) docs/screenshots

asan:
	$(MAKE) test PRESET=asan

# The package is built from the release preset: hardened, no tests, installed under /usr
# (the asset path compiled into the programs must be the package's).
deb: deps
	cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build --preset release --target package
	@ls -l build/release/motcua_*_amd64.deb

clean:
	rm -rf build
