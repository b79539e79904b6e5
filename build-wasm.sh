#!/usr/bin/env bash
# Depeche: one entry point to install what is missing, build, serve, test and benchmark.
#   ./build-wasm.sh [build]   native build (build/native) and wasm build (dist/)
#   ./build-wasm.sh setup     install missing Debian packages, third-party sources and npm packages
#   ./build-wasm.sh serve     setup + build, then serve dist/ on http://127.0.0.1:${PORT:-8080}
#   ./build-wasm.sh test      setup + build, then every test suite (native, wasm under Node, Chromium,
#                             native under ASan+UBSan) and a 60 s fuzz run of analyze
#   ./build-wasm.sh bench     setup + build, then the core benchmark (native, wasm under Node) and the
#                             page benchmark (headless Chromium, TimelineJS side by side)
#   ./build-wasm.sh fuzz [S]  fuzz analyze for S seconds (default 3600); the corpus grows in build/fuzz
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

# Pinned sources of third-party code (Debian source packages, unpacked into third_party/).
IMGUI_VERSION=1.86+ds-1
EARCUT_VERSION=1.0.1-2
APT_PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev emscripten nlohmann-json3-dev doctest-dev
  fonts-dejavu-core fonts-font-awesome fonttools chromium libgeonames-common wfrench dpkg-dev xz-utils)
export NODE_PATH=/usr/share/nodejs   # emcc's JS optimizer needs Debian's acorn
JOBS=$(nproc)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build-wasm.sh: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (run this script as root, or install sudo)"; fi
}

apt_updated=0
apt_update_once() {
  if [ $apt_updated -eq 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
}

missing_packages() {
  local p
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
  # Node may come from elsewhere (NodeSource bundles npm, and Debian's npm would conflict with it).
  command -v node >/dev/null 2>&1 || echo nodejs
  command -v npm >/dev/null 2>&1 || echo npm
}

install_packages() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// }" ] && return 0
  log "Installing Debian packages: $missing"
  apt_update_once
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# apt-get source needs a deb-src line; add one for the running distribution if there is none.
ensure_deb_src() {
  if apt-cache showsrc imgui 2>/dev/null | grep -q '^Package: imgui'; then return 0; fi
  # shellcheck disable=SC1091
  . /etc/os-release
  local file=/etc/apt/sources.list.d/depeche-src.sources
  log "Adding a deb-src entry for ${ID} ${VERSION_CODENAME} ($file)"
  case "$ID" in
    debian) printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
              "$VERSION_CODENAME" | as_root tee "$file" >/dev/null ;;
    ubuntu) printf 'Types: deb-src\nURIs: http://archive.ubuntu.com/ubuntu\nSuites: %s\nComponents: main universe\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n' \
              "$VERSION_CODENAME" | as_root tee "$file" >/dev/null ;;
    *) die "unknown distribution '$ID': add a deb-src line for imgui to your APT sources" ;;
  esac
  apt_updated=0
  apt_update_once
}

# Unpacks a Debian source package into third_party/<dest>, preferring the pinned version.
fetch_source() {
  local package=$1 version=$2 dest=$3 probe=$4
  [ -e "third_party/$dest/$probe" ] && return 0
  ensure_deb_src
  log "Fetching the source of $package $version into third_party/$dest"
  local work
  work=$(mktemp -d)
  if ! (cd "$work" && apt-get source -qq "$package=$version" >/dev/null 2>&1); then
    echo "  $package $version is not in this distribution's archive; taking its own version" >&2
    (cd "$work" && apt-get source -qq "$package" >/dev/null 2>&1) || die "apt-get source $package failed"
  fi
  local dir
  dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
  mkdir -p third_party
  rm -rf "third_party/$dest"
  mv "$dir" "third_party/$dest"
  rm -rf "$work"
  [ -e "third_party/$dest/$probe" ] || die "third_party/$dest/$probe missing after apt-get source $package"
}

install_npm() {
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then return 0; fi
  log "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
}

setup() {
  install_packages
  fetch_source imgui "$IMGUI_VERSION" imgui imgui.cpp
  fetch_source python-mapbox-earcut "$EARCUT_VERSION" earcut include/mapbox/earcut.hpp
  install_npm
}

configure() {
  local dir=$1; shift
  [ -f "$dir/build.ninja" ] && return 0
  "$@"
}

build() {
  log "Native build (build/native)"
  configure build/native cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j "$JOBS"
  log "WebAssembly build (dist/)"
  configure build/wasm emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release \
    "-DDEPECHE_DIST_DIR=$ROOT/dist" "-DCMAKE_CROSSCOMPILING_EMULATOR=$(command -v node);--no-experimental-fetch" >/dev/null
  cmake --build build/wasm -j "$JOBS"
}

run_tests() {
  local failed=0
  log "Native tests (CTest)"
  (cd build/native && ctest --output-on-failure -j "$JOBS") || failed=1
  log "WebAssembly tests under Node (CTest)"
  (cd build/wasm && ctest --output-on-failure) || failed=1
  log "Browser tests (headless Chromium)"
  node tests/browser/run.mjs || failed=1
  sanitized_tests || failed=1
  fuzz 60 || failed=1
  [ $failed -eq 0 ] || die "some tests failed"
  log "All test suites passed"
}

configure_sanitized() {
  configure build/asan env CXX=clang++ cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDEPECHE_SANITIZE=ON >/dev/null
}

# The native suite again, built by clang with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitized_tests() {
  log "Native tests under ASan + UBSan (clang, build/asan)"
  configure_sanitized
  cmake --build build/asan -j "$JOBS" && (cd build/asan && ctest --output-on-failure -j "$JOBS")
}

# libFuzzer on analyze, seeded with every article of the repository; fails on a crash, a leak, a
# broken contract, undefined behaviour or an input that takes over 10 s. The fuzzer runs with UBSan
# but without ASan, which would make it several times slower; every input it keeps (the corpus
# holds each one that reached new code) is then replayed once under ASan + UBSan from build/asan.
# New inputs accumulate in build/fuzz/corpus, failing ones are written to build/fuzz/findings/ and
# replay with `build/fuzz/tests/fuzz/analyze_fuzz FILE` (or build/asan/… for ASan's report).
fuzz() {
  local seconds=${1:-3600} dir=build/fuzz replay=build/asan/tests/fuzz/analyze_fuzz
  log "Fuzzing analyze for ${seconds} s (libFuzzer + UBSan, clang, $dir)"
  configure $dir env CXX=clang++ cmake -S . -B $dir -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEPECHE_FUZZ=ON >/dev/null
  cmake --build $dir --target analyze_fuzz || return 1
  configure_sanitized
  cmake --build build/asan --target analyze_fuzz || return 1
  rm -rf $dir/seeds
  mkdir -p $dir/seeds $dir/corpus $dir/findings
  local f
  shopt -s nullglob
  for f in tests/gold/*.txt tests/gold/*/*.txt assets/articles/*.txt; do cp "$f" "$dir/seeds/$(dirname "$f" | tr / -)-$(basename "$f")"; done
  # -entropic=0: the entropic schedule spent half the time ranking rare features; without it the
  # same minute ran three times the inputs and reached more code.
  if ! $dir/tests/fuzz/analyze_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -entropic=0 -dict=tests/fuzz/french.dict -artifact_prefix=$dir/findings/ -print_final_stats=1 \
      $dir/corpus $dir/seeds >$dir/fuzz.log 2>&1; then
    tail -n 60 $dir/fuzz.log >&2
    echo "fuzzing found a failure: see $dir/fuzz.log and $dir/findings/" >&2
    return 1
  fi
  grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb)' $dir/fuzz.log || true
  log "Replaying the $(find $dir/corpus -type f | wc -l) inputs of the corpus under ASan + UBSan (build/asan)"
  if ! find $dir/corpus $dir/seeds -type f -print0 |
      xargs -0 -r -n 1000 $replay -timeout=10 -rss_limit_mb=2048 >$dir/replay.log 2>&1; then
    tail -n 60 $dir/replay.log >&2
    echo "an input of the corpus fails under ASan + UBSan: see $dir/replay.log" >&2
    return 1
  fi
}

bench() {
  log "Core benchmark, native (build/native)"
  cmake --build build/native --target bench
  log "Core benchmark, WebAssembly under Node (build/wasm)"
  cmake --build build/wasm --target bench
  log "Page benchmark (headless Chromium), TimelineJS side by side"
  node bench/page.mjs
  node bench/summary.mjs
}

serve() {
  local port=${PORT:-8080}
  [ $# -ge 1 ] && port=$1
  log "Serving dist/ at http://127.0.0.1:$port/  (Ctrl-C to stop)"
  exec node tools/serve.mjs dist "$port"
}

command=${1:-build}
[ $# -gt 0 ] && shift
case "$command" in
  setup) setup ;;
  build) setup; build ;;
  serve) setup; build; serve "$@" ;;
  test) setup; build; run_tests ;;
  bench) setup; build; bench ;;
  fuzz) setup; fuzz "$@" ;;
  *) die "unknown command '$command' (setup, build, serve, test, bench, fuzz)" ;;
esac
