#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently, from Debian's packages and
# the npm registry only. Safe to run again: each step checks before it acts.
#   scripts/setup.sh            native + web toolchain
#   scripts/setup.sh --tests    also the test tools (Chromium, clang's sanitizer runtime)
set -euo pipefail
cd "$(dirname "$0")/.."
want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

log() { printf '[setup] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ----------------------------------------------------------------------
pkgs=(build-essential cmake ninja-build git python3 xz-utils dpkg-dev
      nlohmann-json3-dev libgtest-dev
      emscripten node-acorn
      fonts-dejavu-core fonttools python3-fonttools
      iso-codes wamerican)
[ $want_tests = 1 ] && pkgs+=(chromium clang libclang-rt-14-dev)
# Node.js and npm: Debian's `nodejs` + `npm` on a plain machine; a machine that already has a
# node with its own npm (e.g. a vendor build) keeps it, since Debian's npm conflicts with it.
command -v node >/dev/null || pkgs+=(nodejs)
command -v npm >/dev/null || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Dear ImGui 1.86 sources from Debian's source package (not in git) ----------------------
imgui_dir=third_party/imgui
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  src_list=/etc/apt/sources.list.d/debian-src.sources
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
    log "adding deb-src entries (to fetch the imgui source package)"
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | as_root tee "$src_list" >/dev/null
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | as_root tee /etc/apt/sources.list.d/debian-src.list >/dev/null
    fi
    as_root apt-get update -qq
  fi
  log "fetching imgui source package"
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null 2>&1)
  tarball=$(ls "$tmp"/imgui_1.86*.orig.tar.* | head -n1)
  mkdir -p "$imgui_dir"
  tar -xf "$tarball" -C "$imgui_dir" --strip-components=1
  rm -rf "$tmp"
fi

# --- npm packages (lock file committed; build-time data and the browser-test driver) --------
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "ready"
