#!/usr/bin/env bash
# Installs what nodus needs to build and test (DESIGN.md §1). Idempotent: quick when already done.
# V8 comes from Debian's libnode108 + libnode-dev, which conflict with the preinstalled nodejs,
# so those two are unpacked into build/deps instead of installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/build/deps"
stamp="$deps/.stamp-v5"

APT_PKGS=(
  build-essential cmake ninja-build ccache pkg-config python3 curl ca-certificates
  libuv1-dev liburing-dev libssl-dev zlib1g-dev libbrotli-dev libzstd-dev libc-ares-dev libnghttp2-dev libsqlite3-dev
  libicu-dev libcurl4-openssl-dev libarchive-dev libsimdjson-dev libdeflate-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libicu72 libuv1 liburing2 libssl3 libnghttp2-14 libbrotli1 zlib1g libzstd1 libc-ares2 openssl
  wrk hyperfine clang libclang-rt-14-dev nginx-light redis-server
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$stamp" ]; then
  echo "setup-deps: unpacking V8 from libnode108 + libnode-dev into $deps"
  rm -rf "$deps" && mkdir -p "$deps/debs"
  ( cd "$deps/debs"
    if ! apt-get download libnode108 libnode-dev >/dev/null 2>&1; then
      $SUDO apt-get update -qq && apt-get download libnode108 libnode-dev >/dev/null
    fi )
  for d in "$deps"/debs/*.deb; do dpkg-deb -x "$d" "$deps/root"; done
  # Bind libnode's references to its own definitions now rather than by name at every start;
  # the same for the big libraries it pulls in (copies from Debian's packages, found first
  # through the binary's DT_RPATH).
  libdir="$deps/root/usr/lib/x86_64-linux-gnu"
  for sys in libcrypto.so.3 libssl.so.3 libicui18n.so.72 libicuuc.so.72; do
    cp -L "/usr/lib/x86_64-linux-gnu/$sys" "$libdir/$sys"
  done
  for lib in libnode.so.108 libcrypto.so.3 libssl.so.3 libicui18n.so.72 libicuuc.so.72; do
    python3 "$root/scripts/bind-libnode.py" "$libdir/$lib" "$libdir/$lib.bound"
    mv "$libdir/$lib.bound" "$libdir/$lib"
  done
  touch "$stamp"
fi
echo "setup-deps: ok"
