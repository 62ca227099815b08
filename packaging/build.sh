#!/usr/bin/env bash
# Builds the one-folder Frontdesk bundle with PyInstaller and reports its size.
#
#   packaging/build.sh            # Linux: dist/frontdesk/ + dist/frontdesk-<version>-linux-<arch>.tar.gz
#                                 # macOS: dist/Frontdesk.app too (packaging/macos/build_dmg.sh makes the .dmg)
#                                 # Windows (Git Bash): dist/frontdesk/ (packaging/windows/build.ps1 makes setup.exe)
#
# Needs the project's dependencies and PyInstaller installed, e.g.
#   python -m pip install -c packaging/requirements-lock.txt -e '.[build]'
# PYTHON=... picks the interpreter (default: python3, else python).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$(command -v python3 || command -v python)}

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller is missing; run:" >&2
  echo "  $PYTHON -m pip install -c packaging/requirements-lock.txt -e '.[build]'" >&2
  exit 2
fi

VERSION=$("$PYTHON" packaging/version.py)
case "$(uname -s)" in
  Linux*) OS=linux ;;
  Darwin*) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) OS=$(uname -s | tr '[:upper:]' '[:lower:]') ;;
esac
ARCH=$(uname -m)
case "$ARCH" in aarch64) ARCH=arm64 ;; amd64) ARCH=x86_64 ;; esac

echo "== Building Frontdesk $VERSION ($OS-$ARCH) with $("$PYTHON" -m PyInstaller --version 2>/dev/null | head -1)"
start=$(date +%s)
"$PYTHON" -m PyInstaller packaging/frontdesk.spec --noconfirm --clean --log-level WARN
echo "== PyInstaller finished in $(( $(date +%s) - start )) s"

BUNDLE=dist/frontdesk
[[ -d $BUNDLE ]] || { echo "build.sh: $BUNDLE was not produced" >&2; exit 1; }

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1000000, b / 1048576 }'; }
dir_bytes() {
  # Bytes on disk, following no symlinks; du -k is portable across GNU and BSD.
  du -sk "$1" | awk '{ print $1 * 1024 }'
}

ARCHIVE=dist/frontdesk-$VERSION-$OS-$ARCH.tar.gz
echo "== Compressing $BUNDLE -> $ARCHIVE"
tar -C dist -czf "$ARCHIVE" frontdesk

bundle_bytes=$(dir_bytes "$BUNDLE")
archive_bytes=$(wc -c <"$ARCHIVE" | tr -d ' ')
{
  echo "version: $VERSION"
  echo "platform: $OS-$ARCH"
  echo "bundle_on_disk_bytes: $bundle_bytes"
  echo "bundle_tar_gz_bytes: $archive_bytes"
  if [[ -d dist/Frontdesk.app ]]; then
    echo "app_bundle_on_disk_bytes: $(dir_bytes dist/Frontdesk.app)"
  fi
} >dist/sizes.txt

echo "== Sizes"
echo "   bundle on disk ($BUNDLE): $(mb "$bundle_bytes")"
echo "   bundle as tar.gz ($ARCHIVE): $(mb "$archive_bytes")"
if [[ -d dist/Frontdesk.app ]]; then
  echo "   macOS app (dist/Frontdesk.app): $(mb "$(dir_bytes dist/Frontdesk.app)")"
fi
limit=200000000  # the project's target: at most 200 MB compressed, QtWebEngine included
if (( archive_bytes > limit )); then
  echo "build.sh: WARNING compressed bundle exceeds the 200 MB target" >&2
fi
echo "== Done; now run packaging/smoke_test.sh"
