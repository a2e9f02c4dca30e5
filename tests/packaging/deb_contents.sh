#!/usr/bin/env bash
# Checks what the .deb made by deb_build.sh holds: programs, assets, units, conffile, maintainer
# scripts, Depends; then runs the unpacked programs on the packaged assets and configuration.
# usage: deb_contents.sh BUILD_DIR DEB_DIR
set -euo pipefail
build=$1
deb=$(ls "$2"/motcua_*_amd64.deb 2>/dev/null) || { echo "SKIP: no package in $2 (packaging_deb_build skipped)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' > "$tmp/files"
dpkg-deb -I "$deb" > "$tmp/info"
dpkg-deb -f "$deb" Depends > "$tmp/depends"
status=0
expect_file() { grep -qxF "$1" "$tmp/files" || { echo "MISSING file $1"; status=1; }; }
expect_dep()  { grep -qE "(^|, )$1( |,|$)" "$tmp/depends" || { echo "MISSING Depends: $1"; status=1; }; }

for f in /usr/bin/motcua /usr/bin/motcua-kiosk /usr/bin/motcua-portal-sim /usr/bin/motcua-hub \
         /usr/libexec/motcua/kiosk-session /usr/libexec/motcua/motcua-notify-relay /etc/motcua/motcua.toml \
         /lib/systemd/system/motcua-kiosk.service /lib/systemd/system/motcua-portal-sim.service \
         /lib/systemd/system/motcua-hub.service \
         /usr/lib/sysusers.d/motcua.conf /usr/lib/tmpfiles.d/motcua.conf /lib/udev/rules.d/70-motcua.rules \
         /usr/share/motcua/fonts/NotoSans-Regular.ttf /usr/share/motcua/catalogue/procedures.json \
         /usr/share/motcua/lists/ethnicities.json /usr/share/motcua/admin-units/admin-units.json; do
  expect_file "$f"
done
for d in qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window \
         qml6-module-qtquick-templates qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin \
         qml6-module-qt-labs-folderlistmodel \
         qml6-module-qtqml-workerscript qt6-qpa-plugins qt6-wayland fonts-noto-core fonts-noto-cjk cage udev espeak-ng alsa-utils \
         'libqt6core6[a-z]*' 'libc6' 'libsqlite3-0' 'libcups2'; do
  expect_dep "$d"
done
mkdir "$tmp/control"
dpkg-deb -e "$deb" "$tmp/control"
grep -qxF /etc/motcua/motcua.toml "$tmp/control/conffiles" || { echo "MISSING conffile /etc/motcua/motcua.toml"; status=1; }
for script in preinst postinst prerm postrm; do
  [ -x "$tmp/control/$script" ] || { echo "MISSING executable $script"; status=1; }
done
grep -q systemd-sysusers "$tmp/control/postinst" || { echo "postinst does not create the motcua user"; status=1; }
# Every asset in the source tree is in the package.
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
while read -r asset; do expect_file "/usr/share/motcua/${asset#"$src"/assets/}"; done \
  < <(find "$src/assets" -type f)

if [ $status -ne 0 ]; then cat "$tmp/info"; exit 1; fi

# The packaged programs run from the packaged assets and default configuration, unpacked, not
# installed: they find usr/share/motcua beside their usr/bin (no MOTCUA_ASSET_DIR).
root=$tmp/root
dpkg-deb -x "$deb" "$root"
sed "s#^data_dir = \"\"#data_dir = \"$tmp/data\"#" "$root/etc/motcua/motcua.toml" > "$tmp/site.toml"
grep -q "^data_dir = \"$tmp/data\"" "$tmp/site.toml" || { echo "cannot point data_dir at $tmp/data"; exit 1; }
unset MOTCUA_ASSET_DIR
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software HOME=$tmp
"$root/usr/bin/motcua-kiosk" --self-test --config "$tmp/site.toml" > "$tmp/self-test.txt" 2>&1 ||
  { cat "$tmp/self-test.txt"; echo "FAIL: packaged motcua-kiosk --self-test"; exit 1; }
"$root/usr/bin/motcua" doctor --config "$tmp/site.toml" > "$tmp/doctor.txt" 2>&1 ||
  { cat "$tmp/doctor.txt"; echo "FAIL: packaged motcua doctor"; exit 1; }
echo "packaged motcua-kiosk --self-test and motcua doctor pass"
echo "Depends: $(cat "$tmp/depends")"
echo "PASS: $(wc -l < "$tmp/files") entries"
