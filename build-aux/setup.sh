#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Ladder needs on Debian 12 (as root) and builds it in _build/. Safe to run twice.
set -eu
cd "$(dirname "$0")/.."

packages="build-essential pkg-config libgtk-4-dev libadwaita-1-dev libjson-glib-dev meson ninja-build
  gettext desktop-file-utils appstream libglib2.0-bin libgtk-4-bin xvfb xauth dbus
  poppler-utils libpoppler-glib-dev fonts-noto-cjk fonts-wqy-microhei fonts-cantarell
  adwaita-icon-theme python3-pyatspi at-spi2-core libical-dev python3-icalendar calcurse"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "These packages are missing:$missing" >&2
    echo "Run this script as root (or with sudo) to install them." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

if [ -f _build/build.ninja ]; then
  meson setup --reconfigure _build >/dev/null
else
  meson setup _build
fi
ninja -C _build
