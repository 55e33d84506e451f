#!/usr/bin/env bash
# Sets up, builds and runs the project on a Debian 12 machine.
#
#   tools/setup.sh --run-samples   install what is missing, build, run kgbuild on samples/ (README command 1)
#   tools/setup.sh --test          install what is missing, build, run every test (README command 2; CI)
#   tools/setup.sh                 install what is missing and build
#
# Packages come from Debian only; they are installed with apt-get as root, or through sudo.
# BUILD_DIR (default build) and BUILD_TYPE (default Release) may be set in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=build
case "${1:-}" in
  --run-samples) mode=samples ;;
  --test) mode=test ;;
  "" ) ;;
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
  *) echo "setup.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac

build_dir=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-Release}

packages=(g++ cmake ninja-build pkg-config libboost-graph-dev rapidjson-dev libspdlog-dev libfmt-dev
          catch2 libicu-dev libcld2-dev libgumbo-dev libcli11-dev libgeonames-dev libgeonames-common)
if [ "$mode" = test ]; then
  packages+=(python3 python3-networkx python3-igraph python3-rdflib)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup.sh: need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
cmake --build "$build_dir" --parallel

case "$mode" in
  samples)
    rm -rf out/samples
    "$build_dir/kgbuild" samples/articles -o out/samples
    ;;
  test)
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
    ;;
esac
