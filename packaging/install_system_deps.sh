#!/usr/bin/env bash
# Installs the system libraries Qt (widgets, xcb, QtWebEngine) needs on Debian/Ubuntu, plus a CJK
# font so Chinese renders. Windows and macOS need nothing: the wheels carry Qt. Quiet and quick when
# everything is already there; skipped where apt-get is missing or we are not root.
set -euo pipefail
command -v apt-get >/dev/null 2>&1 || exit 0
libs=(libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0
      libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0
      libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1
      libxcb-image.so.0:libxcb-image0 libxcb-render-util.so.0:libxcb-render-util0
      libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-shape.so.0:libxcb-shape0
      libxcb-randr.so.0:libxcb-randr0 libxcb-xkb.so.1:libxcb-xkb1
      libnss3.so:libnss3 libXcomposite.so.1:libxcomposite1 libXdamage.so.1:libxdamage1
      libXrandr.so.2:libxrandr2 libXtst.so.6:libxtst6 libxkbfile.so.1:libxkbfile1
      libasound.so.2:libasound2 libxshmfence.so.1:libxshmfence1 libgbm.so.1:libgbm1
      libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3)
need=()
for pair in "${libs[@]}"; do
  ldconfig -p | grep -q "${pair%%:*}" || need+=("${pair##*:}")
done
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-wqy-microhei)
[[ ${#need[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "install_system_deps: missing ${need[*]}; run as root or install them yourself" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
