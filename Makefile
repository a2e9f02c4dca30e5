# motcua: two commands on a fresh Debian bookworm machine.
#   make run    installs what is missing, builds, starts the kiosk
#   make test   installs what is missing, builds, runs every test through ctest
#   make deb    builds build/release/motcua_<version>_amd64.deb (release build, /usr prefix)
#   make image  builds build/image/motcua-kiosk.raw from it (root; SITE_CONFIG=site.toml)
PRESET ?= dev
BUILD  := build/$(PRESET)
BIN    := $(BUILD)/bin

.PHONY: all deps configure build run test bench screenshots asan deb image clean

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

# The shipped package is built from the release preset: hardened, no tests. (CI's package test
# packages the dev tree the same way: the programs find their assets beside them.)
deb: deps
	cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build --preset release --target package
	@ls -l build/release/motcua_*_amd64.deb

# A bootable kiosk disk image with the package and a site's configuration (docs/deploy.md).
SITE_CONFIG ?= config/motcua.toml
image: deb
	bash tools/build-image.sh --site-config $(SITE_CONFIG) --deb "$$(ls -t build/release/motcua_*_amd64.deb | head -1)"

clean:
	rm -rf build
