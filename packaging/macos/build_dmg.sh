#!/usr/bin/env bash
# Turns dist/Frontdesk.app (from packaging/build.sh) into dist/Frontdesk-<version>-macos-<arch>.dmg:
#   1. codesign with the hardened runtime + packaging/macos/entitlements.plist
#   2. the disk image (create-dmg when installed, else hdiutil)
#   3. notarize with notarytool, 4. staple
# Steps 1, 3 and 4 run only when their credentials are in the environment; otherwise each prints
# why it was skipped and the .dmg is still produced (unsigned: users must right-click > Open).
#
# Credentials (all optional):
#   MACOS_SIGN_IDENTITY           "Developer ID Application: Name (TEAMID)" (or its SHA-1)
#   MACOS_CERTIFICATE_P12_BASE64  that identity as a base64 .p12, imported into a temporary
#   MACOS_CERTIFICATE_PASSWORD    keychain (CI); without it the login keychain is used
#   Notarization, either an App Store Connect API key:
#     APPLE_API_KEY_PATH (.p8 file) + APPLE_API_KEY_ID + APPLE_API_ISSUER
#   or an Apple ID:
#     APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (app-specific password)
#
# Build one architecture per machine (arm64 on macos-15, x86_64 on macos-15-intel): universal2
# is not possible because PyYAML publishes no universal2 wheel (yaml/pyyaml#629).
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-$(command -v python3 || command -v python)}
VERSION=$("$PYTHON" packaging/version.py)
ARCH=$(uname -m)
APP=dist/Frontdesk.app
DMG=dist/Frontdesk-$VERSION-macos-$ARCH.dmg
ENTITLEMENTS=packaging/macos/entitlements.plist
VOLNAME="Frontdesk $VERSION"

[[ $(uname -s) == Darwin ]] || { echo "build_dmg.sh: needs macOS (codesign, hdiutil)" >&2; exit 2; }
[[ -d $APP ]] || { echo "build_dmg.sh: $APP not found; run packaging/build.sh first" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-dmg.XXXXXX")
KEYCHAIN=""
cleanup() {
  if [[ -n $KEYCHAIN ]]; then security delete-keychain "$KEYCHAIN" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- 1. codesign ---------------------------------------------------------------------------------
SIGNED=0
if [[ -n ${MACOS_SIGN_IDENTITY:-} ]]; then
  if [[ -n ${MACOS_CERTIFICATE_P12_BASE64:-} ]]; then
    KEYCHAIN=$WORK/signing.keychain-db
    KEYCHAIN_PASSWORD=$(uuidgen)
    echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$WORK/cert.p12"
    security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security set-keychain-settings -lut 21600 "$KEYCHAIN"
    security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
    security import "$WORK/cert.p12" -k "$KEYCHAIN" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
    # shellcheck disable=SC2046 # the keychain list is whitespace-separated on purpose
    security list-keychains -d user -s "$KEYCHAIN" $(security list-keychains -d user | tr -d '"')
  fi
  echo "== Signing $APP as: $MACOS_SIGN_IDENTITY"
  sign() { codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY" "$@"; }
  # Inside-out: deepest paths first, so every nested bundle is sealed after its contents.
  # Executables (the app and QtWebEngineProcess) get the entitlements, libraries do not.
  while IFS= read -r path; do
    if [[ -d $path ]]; then
      case "$path" in
        *.app) sign --entitlements "$ENTITLEMENTS" "$path" ;;
        *) sign "$path" ;;
      esac
    elif file -b "$path" | grep -q "Mach-O"; then
      if [[ -x $path && $(basename "$path") == QtWebEngineProcess ]]; then
        sign --entitlements "$ENTITLEMENTS" "$path"
      else
        sign "$path"
      fi
    fi
  done < <(
    # Nested bundles live under Contents/Frameworks (PyInstaller keeps only data in Resources);
    # Mach-O files are looked for everywhere.
    {
      find "$APP/Contents/Frameworks" -type d \( -name "*.app" -o -name "*.framework" \)
      find "$APP/Contents" -type f ! -path "*/_CodeSignature/*"
    } | awk -F/ '{ print NF "\t" $0 }' | sort -rn -k1,1 | cut -f2-
  )
  sign --entitlements "$ENTITLEMENTS" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
  SIGNED=1
else
  echo "== MACOS_SIGN_IDENTITY not set: skipping codesign (the app keeps PyInstaller's ad-hoc signature)"
fi

# --- 2. disk image ---------------------------------------------------------------------------------
rm -f "$DMG"
STAGE=$WORK/stage
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Frontdesk.app"  # ditto keeps symlinks, extended attributes and signatures
if command -v create-dmg >/dev/null 2>&1; then
  echo "== Creating $DMG with create-dmg"
  icon_args=()
  if [[ -f resources/icons/frontdesk.icns ]]; then icon_args=(--volicon resources/icons/frontdesk.icns); fi
  # Arranging the window drives Finder through AppleScript, which headless CI may refuse;
  # fall back to plain hdiutil rather than fail the release.
  # ${a[@]+...}: an empty array under `set -u` is an error in macOS's bash 3.2
  if ! create-dmg --volname "$VOLNAME" ${icon_args[@]+"${icon_args[@]}"} --window-size 560 360 --icon-size 96 \
    --icon Frontdesk.app 150 170 --app-drop-link 410 170 --hide-extension Frontdesk.app \
    --no-internet-enable "$DMG" "$STAGE"; then
    echo "== create-dmg failed; retrying with hdiutil"
    rm -f "$DMG"
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname "$VOLNAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
  fi
else
  echo "== create-dmg not installed: creating $DMG with hdiutil"
  ln -s /Applications "$STAGE/Applications"
  hdiutil create -volname "$VOLNAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -imagekey zlib-level=9 -ov "$DMG"
fi
if [[ $SIGNED -eq 1 ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi

# --- 3. notarize + 4. staple ---------------------------------------------------------------------
notary_args=()
if [[ -n ${APPLE_API_KEY_PATH:-} && -n ${APPLE_API_KEY_ID:-} && -n ${APPLE_API_ISSUER:-} ]]; then
  notary_args=(--key "$APPLE_API_KEY_PATH" --key-id "$APPLE_API_KEY_ID" --issuer "$APPLE_API_ISSUER")
elif [[ -n ${APPLE_ID:-} && -n ${APPLE_TEAM_ID:-} && -n ${APPLE_APP_PASSWORD:-} ]]; then
  notary_args=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [[ $SIGNED -eq 0 ]]; then
  echo "== Not signed: skipping notarization and stapling (Apple notarizes signed code only)"
elif [[ ${#notary_args[@]} -eq 0 ]]; then
  echo "== No notarization credentials (APPLE_API_KEY_* or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD): skipping notarization and stapling"
else
  echo "== Notarizing $DMG (this waits for Apple's answer)"
  xcrun notarytool submit "$DMG" "${notary_args[@]}" --wait --timeout 45m --output-format json | tee "$WORK/notary.json"
  if ! grep -q '"status" *: *"Accepted"' "$WORK/notary.json"; then
    id=$(sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p' "$WORK/notary.json" | head -1)
    [[ -n $id ]] && xcrun notarytool log "$id" "${notary_args[@]}" || true
    echo "build_dmg.sh: notarization was not accepted" >&2
    exit 1
  fi
  echo "== Stapling the notarization ticket"
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi

size=$(du -sk "$DMG" | awk '{ printf "%.1f MB", $1 / 1024 }')
echo "== Done: $DMG ($size)"
