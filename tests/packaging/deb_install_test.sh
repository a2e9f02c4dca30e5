#!/usr/bin/env bash
# The package on a fresh Debian bookworm root (debootstrap minbase, cached), as a technician
# installs it with apt:
#   1. a previous version (the same package with a lower version number) installs, its
#      `motcua-kiosk --self-test` and `motcua doctor` pass as the motcua user, a database appears;
#   2. a site changes /etc/motcua/motcua.toml and the database gets a marker row;
#   3. `apt install ./new.deb` upgrades: conffile and database kept, preinst's backup made, the new
#      self-test and doctor pass, user, groups, data directory, data key, udev rules in place,
#      `systemd-analyze verify` passes on the installed units;
#   4. rollback as docs/deploy.md says: the old package again, the backup restored, doctor passes.
# Depends is complete when the self-test passes: apt installs only what Depends names.
# Needs root and the network (deb.debian.org or $MOTCUA_DEBIAN_MIRROR).
# usage: deb_install_test.sh DEB_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
deb=$(ls "$1"/motcua_*_amd64.deb 2>/dev/null) || { echo "SKIP: no package in $1 (packaging_deb_build skipped)"; exit 77; }
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (debootstrap, chroot, mounts)"; exit 77; }
command -v debootstrap >/dev/null || { echo "SKIP: debootstrap not installed (tools/install-deps.sh)"; exit 77; }
# shellcheck source=../../packaging/image/bookworm-root.sh
. "$here/../../packaging/image/bookworm-root.sh"

work=$(mktemp -d /var/tmp/motcua-deb-test.XXXXXX)
BOOKWORM_ROOT=$work/root
mkdir "$BOOKWORM_ROOT"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() { bookworm_root_unmount "$BOOKWORM_ROOT"; rm -rf --one-file-system "$work"; }
trap cleanup EXIT
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 )) s"; }
bookworm_root_create "$BOOKWORM_ROOT"
echo "root ready after $(elapsed)"

# The previous version: the same files, Version lowered (0.1.0 → 0.1.0~prev).
version=$(dpkg-deb -f "$deb" Version)
old_version="$version~prev"
dpkg-deb -R "$deb" "$work/old"
sed -i "s/^Version: .*/Version: $old_version/" "$work/old/DEBIAN/control"
dpkg-deb -Zgzip -z1 -b "$work/old" "$BOOKWORM_ROOT/tmp/motcua_old.deb" >/dev/null
rm -rf "$work/old"
cp "$deb" "$BOOKWORM_ROOT/tmp/motcua_new.deb"

status=0
check() { local what=$1; shift; if "$@"; then echo "ok: $what"; else echo "FAIL: $what ($*)"; status=1; fi; }
as_motcua() {
  # shellcheck disable=SC2317  # called through check
  in_root runuser -u motcua -- env HOME=/var/lib/motcua QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software \
    "$@" --config /etc/motcua/motcua.toml >"$work/out.txt" 2>&1 || { cat "$work/out.txt"; return 1; }
}
# shellcheck disable=SC2016  # dpkg-query's format, not the shell's
installed_version() { in_root dpkg-query -W -f='${Version}' motcua; }
db=$BOOKWORM_ROOT/var/lib/motcua/motcua.sqlite

# 1. The previous version, dependencies from the mirror.
in_root apt-get update -qq >"$BOOKWORM_ROOT/tmp/apt.log" 2>&1
apt_in_root install /tmp/motcua_old.deb
echo "$old_version installed after $(elapsed)"
check "self-test $old_version" as_motcua /usr/bin/motcua-kiosk --self-test
check "doctor $old_version" as_motcua /usr/bin/motcua doctor
check "database created" test -f "$db"

# 2. The site's changes.
echo '# site change: kept across upgrades' >> "$BOOKWORM_ROOT/etc/motcua/motcua.toml"
sqlite3 "$db" "CREATE TABLE deploy_test_marker(v TEXT); INSERT INTO deploy_test_marker VALUES('kept');"
key_sum=$(sha256sum < "$BOOKWORM_ROOT/etc/motcua/data.key")

# 3. The upgrade.
apt_in_root install /tmp/motcua_new.deb
echo "upgraded to $(installed_version) after $(elapsed)"
check "version $version" test "$(installed_version)" = "$version"
check "conffile kept" grep -qx '# site change: kept across upgrades' "$BOOKWORM_ROOT/etc/motcua/motcua.toml"
check "no .dpkg-new" test ! -e "$BOOKWORM_ROOT/etc/motcua/motcua.toml.dpkg-new"
check "database kept" test "$(sqlite3 "$db" 'SELECT v FROM deploy_test_marker')" = kept
check "data key kept" test "$(sha256sum < "$BOOKWORM_ROOT/etc/motcua/data.key")" = "$key_sum"
backup=$BOOKWORM_ROOT/var/lib/motcua/backups/$old_version
check "preinst backup $old_version" test "$(sqlite3 "$backup/motcua.sqlite" 'SELECT v FROM deploy_test_marker')" = kept
check "backups 0700 root" test "$(in_root stat -c '%a %U' /var/lib/motcua/backups)" = "700 root"
check "self-test $version" as_motcua /usr/bin/motcua-kiosk --self-test
check "doctor $version" as_motcua /usr/bin/motcua doctor

check "user motcua" in_root getent passwd motcua
for group in video dialout lp; do check "group $group" in_root sh -c "id -nG motcua | grep -qw $group"; done
# Owner names from the root's passwd, not the host's (uids differ).
check "/var/lib/motcua 0700 motcua" test "$(in_root stat -c '%a %U %G' /var/lib/motcua)" = "700 motcua motcua"
check "data.key 0400 root" test "$(stat -c '%a %U' "$BOOKWORM_ROOT/etc/motcua/data.key")" = "400 root"
# shellcheck disable=SC2016
check "conffiles" test "$(in_root dpkg-query -W -f='${Conffiles}' motcua | awk 'NF {print $1}')" = /etc/motcua/motcua.toml
# udev applies GROUP= only for a group that exists; the rules file is where udev reads it.
check "udev rules installed" grep -q 'GROUP="motcua"' "$BOOKWORM_ROOT/lib/udev/rules.d/70-motcua.rules"
check "group motcua for udev" in_root getent group motcua
check "udev installed" in_root sh -c 'command -v udevadm >/dev/null'
units=$(cd "$BOOKWORM_ROOT/lib/systemd/system" && echo motcua-*.service)
# shellcheck disable=SC2086  # one word per unit
if out=$(in_root systemd-analyze verify --man=no $units 2>&1) && ! grep -q motcua <<<"$out"; then
  echo "ok: systemd-analyze verify $units"
else
  echo "$out"; echo "FAIL: systemd-analyze verify"; status=1
fi

# 4. Rollback (docs/deploy.md): the previous package, then its database back.
apt_in_root install --allow-downgrades /tmp/motcua_old.deb
check "downgraded to $old_version" test "$(installed_version)" = "$old_version"
in_root sh -c "cp -p /var/lib/motcua/backups/$old_version/motcua.sqlite* /var/lib/motcua/ && rm -f /var/lib/motcua/motcua.sqlite-shm"
check "doctor after rollback" as_motcua /usr/bin/motcua doctor
check "restored database" test "$(sqlite3 "$db" 'SELECT v FROM deploy_test_marker')" = kept

echo "total $(elapsed)"
[ $status -eq 0 ] && echo PASS
exit $status
