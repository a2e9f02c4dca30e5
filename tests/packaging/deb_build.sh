#!/usr/bin/env bash
# Makes the .deb from this build tree with cpack into OUT_DIR (the fixture of the other package
# tests). The programs find their assets beside them, so the dev tree packages as /usr; `make deb`
# makes the shipped one from the hardened release tree the same way.
# usage: deb_build.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$1 out=$2
for tool in cpack dpkg-deb dpkg-shlibdeps fakeroot; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
rm -rf "$out/_CPack_Packages"
deb=$(ls "$out"/motcua_*_amd64.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $(( $(date +%s) - start )) s"
