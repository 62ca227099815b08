#!/usr/bin/env bash
# Runs the *frozen* Frontdesk from dist/ the way a user would, and fails if any step fails:
#   1. the bundle is complete (WebEngine helper + resources, bundled sample site, Qt libraries resolve)
#   2. `frontdesk --version` prints the pyproject version
#   3. `frontdesk check` on the bundled sample site reports problems (exit 0 or 1) without crashing,
#      and leaves the bundle untouched
#   4. the GUI, offscreen, on a copy of the sample site: `frontdesk --smoke-test COPY` exits 0 only
#      after the post list painted and the QtWebEngine preview rendered a post
#   5. `frontdesk list` and the GUI on a generated site big enough for the index's process pool
#      (frozen multiprocessing needs freeze_support in packaging/entry.py)
#
#   packaging/smoke_test.sh [BUNDLE_DIR]     (default dist/frontdesk; dist/Frontdesk.app on macOS)
#
# Environment: SMOKE_TIMEOUT (seconds for the GUI step, default 180), SMOKE_QPA (Qt platform for
# the GUI step, default offscreen).
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$(command -v python3 || command -v python)}
VERSION=$("$PYTHON" packaging/version.py)
TIMEOUT=${SMOKE_TIMEOUT:-180}

case "$(uname -s)" in
  Darwin*) OS=macos ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows ;;
  *) OS=linux ;;
esac

if [[ $# -ge 1 ]]; then
  BUNDLE=$1
elif [[ $OS == macos && -d dist/Frontdesk.app ]]; then
  BUNDLE=dist/Frontdesk.app
else
  BUNDLE=dist/frontdesk
fi
[[ -d $BUNDLE ]] || { echo "smoke_test.sh: no bundle at $BUNDLE; run packaging/build.sh first" >&2; exit 2; }

case "$OS" in
  macos)
    if [[ $BUNDLE == *.app ]]; then EXE=$BUNDLE/Contents/MacOS/frontdesk; else EXE=$BUNDLE/frontdesk; fi ;;
  windows) EXE=$BUNDLE/frontdesk-cli.exe ;;  # the console twin; frontdesk.exe has no stdout
  *) EXE=$BUNDLE/frontdesk ;;
esac
[[ -x $EXE ]] || { echo "smoke_test.sh: $EXE is missing or not executable" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Git Bash: hand the Windows program C:/... paths, also inside environment variables.
if [[ $OS == windows ]] && command -v cygpath >/dev/null; then WORK=$(cygpath -m "$WORK"); fi
# Never touch the real user's settings, caches or documents.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_CACHE_HOME=$WORK/home/.cache \
  XDG_DATA_HOME=$WORK/home/.local/share XDG_STATE_HOME=$WORK/home/.local/state \
  FRONTDESK_HOME=$WORK/home/frontdesk
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME"
[[ $OS == windows ]] && export APPDATA=$WORK/home/AppData LOCALAPPDATA=$WORK/home/LocalAppData

failures=0
step() { echo; echo "== $*"; }
pass() { echo "   PASS: $*"; }
fail() { echo "   FAIL: $*"; failures=$((failures + 1)); }

# run_limited SECONDS LOGFILE CMD... -> exit status of CMD, or 124 when it had to be killed.
# Portable: macOS and Git Bash have no GNU `timeout`.
run_limited() {
  local secs=$1 log=$2
  shift 2
  "$@" >"$log" 2>&1 &
  local pid=$! waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= secs * 10 )); then
      kill -TERM "$pid" 2>/dev/null || true
      sleep 3
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      return 124
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  local rc=0
  wait "$pid" || rc=$?
  return "$rc"
}

tree_digest() {
  # Content digest of a folder (names + bytes), to prove a step changed nothing.
  (cd "$1" && find . -type f | LC_ALL=C sort | while IFS= read -r f; do
    printf '%s\n' "$f"
    cksum <"$f"
  done) | cksum
}

# --- 1. bundle completeness ------------------------------------------------------------------
step "1. Bundle completeness ($BUNDLE)"
SAMPLE=$(find "$BUNDLE" -type d -path "*resources/sample-site" -print 2>/dev/null | head -1)
if [[ -n $SAMPLE ]] && find "$SAMPLE" -type f \( -name "*.md" -o -name "*.markdown" -o -name "*.html" \) | grep -q .; then
  pass "bundled sample site: $SAMPLE ($(find "$SAMPLE" -type f | wc -l | tr -d ' ') files)"
else
  fail "no bundled resources/sample-site with posts"
fi
if find "$BUNDLE" -path "*screenshots*" | grep -q .; then
  fail "resources/screenshots must not be bundled"
else
  pass "no screenshots in the bundle"
fi
# QtWebEngine's helper and data, Chinese for Chromium and Qt, the icon font, our own resources.
for needle in "*/QtWebEngineProcess*" "*/qtwebengine_resources.pak" "*/icudtl.dat" \
  "*/qtwebengine_locales/en-US.pak" "*/qtwebengine_locales/zh-CN.pak" "*/qtbase_zh_CN.qm" \
  "*/qtawesome/fonts/materialdesignicons6-webfont-[0-9]*.ttf" \
  "*/qtawesome/fonts/materialdesignicons6-webfont-charmap-*.json" \
  "*/resources/preview/preview.css" "*/resources/icons/frontdesk.png" \
  "*/resources/translations/frontdesk_zh_CN.qm"; do
  if find "$BUNDLE" -path "$needle" | grep -q .; then pass "found $needle"; else fail "missing $needle"; fi
done
# The GUI steps run offscreen; users need the native platform plugin, so it must be there too.
case "$OS" in
  linux) natives=("*/platforms/libqxcb.so" "*/platforms/libqwayland*.so") ;;
  macos) natives=("*/platforms/libqcocoa.dylib") ;;
  *) natives=("*/platforms/qwindows.dll") ;;
esac
for needle in "${natives[@]}"; do
  if find "$BUNDLE" -path "$needle" | grep -q .; then pass "found $needle"; else fail "missing $needle"; fi
done
if [[ $OS == linux ]] && command -v ldd >/dev/null; then
  # Every Qt library a bundled binary links must itself be bundled (catches over-eager excludes).
  missing=$(find "$BUNDLE" -type f \( -name "*.so*" -o -name QtWebEngineProcess -o -name frontdesk \) \
    -exec ldd {} \; 2>/dev/null | grep "not found" | grep -Ei "qt6|pyside|shiboken|icu" | sort -u || true)
  if [[ -z $missing ]]; then pass "all Qt libraries that bundled binaries link are present"; else
    fail "unresolved Qt libraries:"; printf '      %s\n' "$missing"; fi
fi

# --- 2. --version ------------------------------------------------------------------------------
step "2. frontdesk --version"
rc=0
run_limited 60 "$WORK/version.log" "$EXE" --version || rc=$?
sed 's/^/   | /' "$WORK/version.log"
if [[ $rc -eq 0 ]] && grep -q "$VERSION" "$WORK/version.log"; then
  pass "exit 0, prints $VERSION"
else
  fail "exit $rc; expected exit 0 and version $VERSION"
fi

# --- 3. check on the bundled sample site -----------------------------------------------------
step "3. frontdesk check <bundled sample site>"
if [[ -n $SAMPLE ]]; then
  before=$(tree_digest "$SAMPLE")
  rc=0
  run_limited 120 "$WORK/check.log" "$EXE" check "$SAMPLE" || rc=$?
  sed 's/^/   | /' "$WORK/check.log"
  # 0 = no errors, 1 = errors found (the sample site carries deliberate problems), 2 = usage
  # error, 3 = internal error, more = a crash or a signal. The JSON report says which of 0/1.
  rc_json=0
  run_limited 120 "$WORK/check.json" "$EXE" check "$SAMPLE" --format json || rc_json=$?
  counts=$("$PYTHON" -c '
import json, sys
problems = json.load(open(sys.argv[1], encoding="utf-8"))
errors = sum(1 for p in problems if p.get("severity") == "error")
print(errors, len(problems) - errors)' "$WORK/check.json" 2>/dev/null || echo "? ?")
  read -r n_errors n_warnings <<<"$counts"
  if [[ $n_errors == "?" ]]; then
    fail "check --format json printed no readable report (exit $rc_json)"
  else
    expected=$((n_errors > 0 ? 1 : 0))
    if [[ $rc -eq $expected && $rc_json -eq $expected ]]; then
      pass "exit $rc for $n_errors error(s) and $n_warnings warning(s)"
    else
      fail "exit $rc (text) / $rc_json (json); expected $expected for $n_errors error(s)"
    fi
    if ((n_errors + n_warnings == 0)); then
      echo "   note: the sample site reported no problems; its deliberate warning is gone?"
    fi
  fi
  if grep -qE "Traceback|Error: Failed to execute script|ModuleNotFoundError" "$WORK/check.log"; then
    fail "a Python traceback was printed"
  fi
  if [[ $(tree_digest "$SAMPLE") == "$before" ]]; then pass "bundle unchanged"; else fail "check modified the bundled sample site"; fi
else
  fail "skipped: no sample site"
fi

# --- 4. GUI offscreen with the WebEngine preview ---------------------------------------------
# Environment of every GUI run; called inside ( ) subshells so it never leaks into later steps.
# shellcheck disable=SC2030,SC2031
gui_env() {
  unset FRONTDESK_PREVIEW  # the point is the real QtWebEngine preview, not the fallback
  # Offscreen everywhere (CI runners have no usable display); SMOKE_QPA=xcb/windows/cocoa runs
  # the same check on a real screen. No GPU in CI: software rendering is enough.
  export QT_QPA_PLATFORM=${SMOKE_QPA:-offscreen}
  export QTWEBENGINE_CHROMIUM_FLAGS=${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}
  # Chromium refuses to start its sandbox as root (CI containers); a normal user keeps it.
  if [[ $OS != windows && $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
}
step "4. GUI offscreen: frontdesk --smoke-test <copy of the sample site in a Chinese-named folder> (timeout ${TIMEOUT}s)"
if [[ -n $SAMPLE ]]; then
  SITE="$WORK/我的 博客"  # Chinese and a space: what editors' folders look like
  cp -R "$SAMPLE" "$SITE"
  before=$(tree_digest "$SITE")
  rm -rf "$FRONTDESK_HOME/logs"
  rc=0
  (
    gui_env
    # QtWebEngine prints its start-up parameters under this category: proof that the preview
    # really ran Chromium (not the QTextBrowser fallback) and where it found its helper process.
    export QT_LOGGING_RULES="qt.webenginecontext.debug=true"
    run_limited "$TIMEOUT" "$WORK/gui.log" "$EXE" "$SITE" --smoke-test
  ) || rc=$?
  sed 's/^/   | /' "$WORK/gui.log" | tail -n 60
  if [[ $rc -eq 0 ]]; then pass "exit 0: list painted and the WebEngine preview rendered a post"
  elif [[ $rc -eq 124 ]]; then fail "timed out after ${TIMEOUT}s"
  else fail "exit $rc"; fi
  if grep -qE "Traceback|Error: Failed to execute script" "$WORK/gui.log"; then
    fail "a Python traceback was printed"
  fi
  applog=$FRONTDESK_HOME/logs/frontdesk.log
  if grep -qE " (ERROR|CRITICAL) |Traceback" "$applog" 2>/dev/null; then
    fail "the app logged errors ($applog):"
    grep -E " (ERROR|CRITICAL) |Traceback|Error" "$applog" | head -n 20 | sed 's/^/      /'
  else
    pass "no errors in the app's log"
  fi
  if grep -q "qt.webenginecontext" "$WORK/gui.log"; then
    pass "QtWebEngine started (not the QTextBrowser fallback)"
  else
    fail "QtWebEngine never started: the preview fell back to QTextBrowser"
  fi
  helper=$(sed -n 's/.*browser-subprocess-path[[:space:]]*//p' "$WORK/gui.log" | head -1)
  if [[ -n $helper ]]; then
    case "$helper" in
      *frontdesk*|*Frontdesk*) pass "helper process from the bundle: $helper" ;;
      *) fail "helper process outside the bundle: $helper" ;;
    esac
  fi
  if [[ $(tree_digest "$SITE") == "$before" ]]; then pass "site copy unchanged"; else fail "the smoke test modified posts"; fi
else
  fail "skipped: no sample site"
fi

# --- 5. the index's process pool in the frozen app ------------------------------------------
# The post index parses big sites in a "spawn" process pool. A frozen worker is the frontdesk
# executable started again; without multiprocessing.freeze_support() (packaging/entry.py) each
# worker runs the command line parser instead of its task: `list` then falls back to a slow scan
# and says "the index failed", and the GUI keeps only the rows parsed in-process.
POSTS=${SMOKE_BIG_SITE_POSTS:-600}
pool_env() {
  gui_env
  export FRONTDESK_INDEX_WORKERS=2  # force the pool even on a one-core runner
}
step "5a. frontdesk list on a $POSTS-post site (index built by the process pool)"
if [[ -n $SAMPLE ]]; then
  BIG=$WORK/big-site
  cp -R "$SAMPLE" "$BIG"
  mkdir -p "$BIG/_posts"
  for ((i = 1; i <= POSTS; i++)); do
    day=$(((i % 28) + 1))
    printf -- '---\ntitle: "Generated post %d"\ndate: 2019-02-%02d 10:00:00 +0800\ntags: [smoke, t%d]\n---\nBody %d.\n' \
      "$i" "$day" $((i % 7)) "$i" >"$BIG/_posts/2019-02-$(printf %02d "$day")-generated-$i.md"
  done
  rm -rf "$FRONTDESK_HOME/cache"  # a fresh index, so every file goes through the pool
  rc=0
  (pool_env && run_limited "$TIMEOUT" "$WORK/list.log" "$EXE" list "$BIG" --tag smoke) || rc=$?
  head -n 3 "$WORK/list.log" | sed 's/^/   | /'
  grep -vE "^[0-9]{4}-|^DATE" "$WORK/list.log" | grep -v "^$" | tail -n 12 | sed 's/^/   | /'
  listed=$(grep -c "Generated post" "$WORK/list.log" || true)
  if [[ $rc -eq 0 && $listed -eq $POSTS ]]; then pass "exit 0, all $POSTS generated posts listed"
  else fail "exit $rc, listed $listed of $POSTS generated posts"; fi
  if grep -qE "index failed|index cannot be used|unrecognized arguments|Traceback" "$WORK/list.log"; then
    fail "the index's process pool failed in the frozen app (see above)"
  else
    pass "no pool worker errors"
  fi

  step "5b. GUI offscreen in Chinese on the $POSTS-post site (timeout ${TIMEOUT}s)"
  rm -rf "$FRONTDESK_HOME/cache" "$FRONTDESK_HOME/logs"
  rc=0
  # In Chinese, so the bundled translations (ours and Qt's, which the spec trims) must load.
  (pool_env && export FRONTDESK_LANG=zh_CN &&
    run_limited "$TIMEOUT" "$WORK/big.log" "$EXE" "$BIG" --smoke-test) || rc=$?
  grep -v "propagateSizeHints" "$WORK/big.log" | grep "smoke:\|rror" | sed 's/^/   | /' | tail -n 20
  if [[ $rc -eq 0 ]]; then pass "exit 0"
  elif [[ $rc -eq 124 ]]; then fail "timed out after ${TIMEOUT}s"
  else fail "exit $rc"; fi
  if grep -qE "Traceback|Error: Failed to execute script|unrecognized arguments" "$WORK/big.log"; then
    fail "a worker or the app printed an error"
  fi
  applog=$FRONTDESK_HOME/logs/frontdesk.log
  if grep -q "language zh_CN" "$WORK/big.log" && ! grep -q "no translation" "$applog" 2>/dev/null; then
    pass "Chinese UI: translations found in the bundle"
  else
    fail "Chinese translations missing:"
    grep "no translation" "$applog" 2>/dev/null | sed 's/^/      /' || true
  fi
  if [[ $OS != windows ]]; then
    sleep 1
    # shellcheck disable=SC2009 # pgrep -f cannot show the arguments on every platform
    leftovers=$(ps -eo pid=,args= 2>/dev/null | grep -F "$BIG" | grep -v grep || true)
    if [[ -z $leftovers ]]; then pass "no processes left behind"; else
      fail "processes left behind:"; printf '      %s\n' "$leftovers"; fi
  fi
else
  fail "skipped: no sample site"
fi

echo
if (( failures > 0 )); then
  echo "smoke_test.sh: $failures check(s) FAILED"
  exit 1
fi
echo "smoke_test.sh: all checks passed"
