# The two commands a learner or developer needs: `make run` and `make test`. Both set up first.
BUILD ?= build
CMAKE_ARGS ?=
ifneq ($(CI),)
CMAKE_ARGS += -DCKX_WERROR=ON
endif
JOBS ?= $(shell nproc)

.PHONY: all setup configure build run test bench services package clean

all: build

setup:
	@scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD) -G Ninja $(CMAKE_ARGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@scripts/run.sh $(BUILD)/bin/ckx

services: setup
	@scripts/services.sh

test: build services
	@scripts/test-env.sh ctest --test-dir $(BUILD) --output-on-failure $(CTEST_ARGS)

bench: build services
	@CKX_BUILD_DIR=$(abspath $(BUILD)) scripts/bench.sh

# build/ckx-desktop_<version>_amd64.deb and build/ckx-server_<version>_amd64.deb (cmake/CkxPackaging.cmake).
# Builds only what the packages hold (not the tests), then packages it.
package: configure
	@cmake --build $(BUILD) -j $(JOBS) --target ckx_package_contents
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
