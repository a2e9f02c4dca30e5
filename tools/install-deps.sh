#!/usr/bin/env bash
# Installs every Debian bookworm package motcua needs to build, test and run.
# Idempotent: installs only what is missing; runs `apt-get update` at most once.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ca-certificates ccache
  # Qt 6.4 (QML, Controls, VirtualKeyboard, translations, tests)
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel qml6-module-qttest qml6-module-qtquick-shapes qml6-module-qt5compat-graphicaleffects
  # domain libraries
  libtomlplusplus-dev libcli11-dev libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libcurl4-openssl-dev libssl-dev openssl
  libopencv-dev opencv-data libzxing-dev libqrencode-dev libcups2-dev libsystemd-dev libsodium-dev
  # public-domain test photos (astronaut.png) for tools/make-photo-samples.cpp
  python3-skimage
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # running headless, fonts, printing, speech
  xvfb xauth libgl1-mesa-dri fonts-noto-core fonts-noto-cjk cups-daemon cups-client cups-ipp-utils
  # the virtual printer (private D-Bus for ippeveprinter) and rasterising printed PDFs in device tests
  dbus-daemon ghostscript
  espeak-ng sox
  # packaging and the kiosk session: make deb, systemd-analyze verify, the cage compositor, Qt on Wayland
  dpkg-dev fakeroot systemd python3 cage xwayland qt6-wayland
  # fleet health over MQTT: the client library, a broker for tests and the hub, its command-line clients
  libmosquitto-dev mosquitto mosquitto-clients
  # the package test's fresh Debian root (tests/packaging/deb_install_test.sh)
  debootstrap
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
