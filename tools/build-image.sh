#!/usr/bin/env bash
# Builds a bootable kiosk disk image (UEFI, GPT) from a motcua .deb and a site's configuration:
#   ESP (systemd-boot, kernel, initrd) | root, ext4, mounted read-only | data, ext4, writable:
#   the kiosk's database (/var/lib/motcua), the CUPS configuration and the per-kiosk data key.
# The image boots to graphical.target and motcua-kiosk.service (cage on tty1). Needs root, loop
# devices and the network (the Debian mirror). docs/deploy.md, "Disk image".
#
# usage: tools/build-image.sh --site-config FILE [--deb FILE] [--out FILE] [--data-size SIZE]
#                             [--file SRC:DEST ...]
#   --site-config  the site's motcua.toml, installed as /etc/motcua/motcua.toml
#   --deb          the package (default: the newest build/release/motcua_*_amd64.deb, `make deb`)
#   --out          the raw image (default build/image/motcua-kiosk.raw)
#   --data-size    size of the data partition (default 2G)
#   --kernel-options  more kernel command line, e.g. "console=ttyS0" for a test boot in qemu
#   --file         one more file into the root, e.g. the kiosk's client certificate and key,
#                  installed root:motcua 0640 (repeatable)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
files=$src/packaging/image/files

site_config="" deb="" out=$src/build/image/motcua-kiosk.raw data_size=2G extra=() kernel_options=""
while [ $# -gt 0 ]; do
  case "$1" in
    --site-config) site_config=$2; shift 2 ;;
    --deb) deb=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --data-size) data_size=$2; shift 2 ;;
    --kernel-options) kernel_options=$2; shift 2 ;;
    --file) extra+=("$2"); shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -n "$site_config" ] || { echo "--site-config FILE is required" >&2; exit 2; }
# shellcheck disable=SC2012  # versions: no odd names
[ -n "$deb" ] || deb=$(ls -t "$src"/build/release/motcua_*_amd64.deb 2>/dev/null | head -1)
[ -f "$deb" ] || { echo "no package: run \`make deb\` or pass --deb" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot, loop devices)" >&2; exit 1; }

# Host tools: debootstrap for the root, systemd-repart and mkfs.vfat/ext4 for the disk.
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v mkfs.vfat >/dev/null || need+=(dosfstools)
command -v mcopy >/dev/null || need+=(mtools)
command -v systemd-repart >/dev/null || need+=(systemd-container)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# shellcheck source=../packaging/image/bookworm-root.sh
. "$src/packaging/image/bookworm-root.sh"
t0=$(date +%s)
step() { echo "[$(( $(date +%s) - t0 )) s] $*"; }
work=$(mktemp -d /var/tmp/motcua-image.XXXXXX)
BOOKWORM_ROOT=$work/root
mkdir "$BOOKWORM_ROOT" "$work/esp" "$work/data" "$work/repart.d"
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() { bookworm_root_unmount "$BOOKWORM_ROOT"; rm -rf --one-file-system "$work"; }
trap cleanup EXIT

step "root file system"
bookworm_root_create "$BOOKWORM_ROOT"
cp "$deb" "$BOOKWORM_ROOT/tmp/motcua.deb"
in_root apt-get update -qq >"$BOOKWORM_ROOT/tmp/apt.log" 2>&1
step "packages"
apt_in_root install \
  linux-image-amd64 initramfs-tools systemd-sysv systemd-boot systemd-timesyncd systemd-resolved \
  libpam-systemd dbus polkitd xwayland udev kmod libgl1-mesa-dri libegl-mesa0 \
  cups-daemon cups-client cups-filters \
  /tmp/motcua.deb
step "configuration"
R=$BOOKWORM_ROOT
install -m 0640 -g "$(in_root getent group motcua | cut -d: -f3)" "$site_config" "$R/etc/motcua/motcua.toml"
for item in "${extra[@]}"; do
  mkdir -p "$R$(dirname "${item#*:}")"
  install -m 0640 -g "$(in_root getent group motcua | cut -d: -f3)" "${item%%:*}" "$R${item#*:}"
done
# Every kiosk makes its own data key on its first boot, on the data partition; the image has none.
rm -f "$R/etc/motcua/data.key"
ln -s /var/lib/motcua-state/data.key "$R/etc/motcua/data.key"
install -m 0644 "$files/fstab" "$R/etc/fstab"
install -d -m 0755 "$R/var/lib/motcua-state"
install -m 0644 "$files/motcua-image-firstboot.service" "$R/lib/systemd/system/"
install -D -m 0644 "$files/kiosk-image.conf" "$R/etc/systemd/system/motcua-kiosk.service.d/image.conf"
install -m 0644 "$files/tmpfiles-image.conf" "$R/etc/tmpfiles.d/motcua-image.conf"
install -m 0644 "$files/80-wired.network" "$R/etc/systemd/network/"
install -D -m 0644 "$files/journald-volatile.conf" "$R/etc/systemd/journald.conf.d/motcua-image.conf"
in_root systemctl enable motcua-kiosk.service motcua-image-firstboot.service systemd-networkd.service \
  systemd-resolved.service systemd-timesyncd.service cups.service >/dev/null 2>&1
in_root systemctl set-default graphical.target >/dev/null 2>&1
echo motcua-kiosk > "$R/etc/hostname"
ln -sf /run/systemd/resolve/stub-resolv.conf "$R/etc/resolv.conf"
# An empty machine-id: systemd makes one per boot on the read-only root.
: > "$R/etc/machine-id"
rm -f "$R/usr/sbin/policy-rc.d" "$R/tmp/"*.deb "$R/tmp/apt.log"
rm -rf "$R/var/lib/apt/lists/"*
# shellcheck disable=SC2016  # dpkg-query's format
version=$(in_root dpkg-query -W -f='${Version}' motcua)
# shellcheck disable=SC2012
kernel=$(cd "$R/boot" && ls vmlinuz-* | sort -V | tail -1)
kernel=${kernel#vmlinuz-}
bookworm_root_unmount "$R"

step "data partition: database, CUPS configuration"
install -d -m 0755 "$work/data"
install -d -m 0700 -o "$(stat -c %u "$R/var/lib/motcua")" -g "$(stat -c %g "$R/var/lib/motcua")" "$work/data/data"
cp -a "$R/etc/cups" "$work/data/cups"
find "$R/etc/cups" -mindepth 1 -delete

step "boot partition: systemd-boot, Linux $kernel"
mkdir -p "$work/esp/EFI/BOOT" "$work/esp/loader/entries"
cp "$R/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$work/esp/EFI/BOOT/BOOTX64.EFI"
cp "$R/boot/vmlinuz-$kernel" "$work/esp/vmlinuz"
cp "$R/boot/initrd.img-$kernel" "$work/esp/initrd.img"
printf 'default motcua.conf\ntimeout 0\neditor no\n' > "$work/esp/loader/loader.conf"
cat > "$work/esp/loader/entries/motcua.conf" <<EOF
title   motcua kiosk $version
linux   /vmlinuz
initrd  /initrd.img
options root=PARTLABEL=motcua-root ro quiet loglevel=3 systemd.show_status=auto $kernel_options
EOF

step "disk image"
root_mb=$(( $(du -sm "$R" | cut -f1) * 115 / 100 + 200 ))
# The ESP is made with mtools, not mounted: vfat need not be in the building machine's kernel.
mkfs.vfat -n MOTCUA-ESP -C "$work/esp.img" $((256 * 1024)) >/dev/null
mcopy -s -i "$work/esp.img" "$work/esp/"* ::/
cat > "$work/repart.d/10-esp.conf" <<EOF
[Partition]
Type=esp
Label=motcua-esp
CopyBlocks=$work/esp.img
EOF
cat > "$work/repart.d/20-root.conf" <<EOF
[Partition]
Type=root-x86-64
Label=motcua-root
Format=ext4
CopyFiles=$R:/
SizeMinBytes=${root_mb}M
SizeMaxBytes=${root_mb}M
EOF
cat > "$work/repart.d/30-data.conf" <<EOF
[Partition]
Type=linux-generic
Label=motcua-data
Format=ext4
CopyFiles=$work/data:/
SizeMinBytes=$data_size
SizeMaxBytes=$data_size
EOF
mkdir -p "$(dirname "$out")"
rm -f "$out"
systemd-repart --empty=create --size=auto --dry-run=no --no-pager --definitions="$work/repart.d" "$out" \
  >"$work/repart.log" 2>&1 || { cat "$work/repart.log"; exit 1; }
step "done: $out, $(du -h --apparent-size "$out" | cut -f1) (motcua $version, root ${root_mb} MB, data $data_size)"
