# Shell functions shared by tests/packaging/deb_install_test.sh and tools/build-image.sh: a Debian
# bookworm root made once by debootstrap and cached, copied fresh for every use, with the mounts a
# chroot needs and apt's downloads kept between runs. Source it; needs root.
#   MOTCUA_CACHE           cache directory (default ${XDG_CACHE_HOME:-$HOME/.cache}/motcua)
#   MOTCUA_DEBIAN_MIRROR   default http://deb.debian.org/debian
#   MOTCUA_DEBIAN_SECURITY_MIRROR  default http://deb.debian.org/debian-security

MOTCUA_CACHE=${MOTCUA_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/motcua}
MOTCUA_DEBIAN_MIRROR=${MOTCUA_DEBIAN_MIRROR:-http://deb.debian.org/debian}

# The cached minbase root (debootstrap runs once; ~1 min and 40 MB of downloads).
bookworm_base_root() {
  local base=$MOTCUA_CACHE/bookworm-minbase
  if [ ! -x "$base/usr/bin/apt-get" ]; then
    mkdir -p "$MOTCUA_CACHE/debootstrap-debs"
    rm -rf "$base.partial"
    debootstrap --variant=minbase --cache-dir="$MOTCUA_CACHE/debootstrap-debs" bookworm "$base.partial" \
      "$MOTCUA_DEBIAN_MIRROR" >"$MOTCUA_CACHE/debootstrap.log" 2>&1 ||
      { tail -20 "$MOTCUA_CACHE/debootstrap.log" >&2; return 1; }
    rm -f "$base.partial/var/cache/apt/archives/"*.deb
    mv "$base.partial" "$base"
  fi
  echo "$base"
}

# Copies the cached root to DIR and mounts proc, sys, dev and the shared apt archive cache.
bookworm_root_create() {
  local root=$1 base
  base=$(bookworm_base_root) || return 1
  cp -a "$base/." "$root/"
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mkdir -p "$MOTCUA_CACHE/apt-archives/partial"
  mount --bind "$MOTCUA_CACHE/apt-archives" "$root/var/cache/apt/archives"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  # A kiosk takes the point releases and security updates too (and the packages built here may
  # need their library versions).
  cat > "$root/etc/apt/sources.list" <<EOF
deb $MOTCUA_DEBIAN_MIRROR bookworm main
deb $MOTCUA_DEBIAN_MIRROR bookworm-updates main
deb ${MOTCUA_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
EOF
  # Nothing started by maintainer scripts inside the chroot.
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
}

bookworm_root_unmount() {
  local root=$1 m
  for m in var/cache/apt/archives dev/pts dev sys proc; do
    if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
  done
}

# Runs a command inside the root with a clean environment.
in_root() {
  chroot "$BOOKWORM_ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"
}

# apt-get install inside the root, quiet, output in $BOOKWORM_ROOT/tmp/apt.log.
apt_in_root() {
  in_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Options::=--force-confold \
    --no-install-recommends "$@" >>"$BOOKWORM_ROOT/tmp/apt.log" 2>&1 ||
    { tail -40 "$BOOKWORM_ROOT/tmp/apt.log" >&2; return 1; }
}
