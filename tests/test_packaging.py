"""Consistency of the installer pipeline: one version source, one entry point, locked deps.

These read the packaging files as text/AST/YAML; nothing here builds a bundle (that is
packaging/build.sh + packaging/smoke_test.sh).
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

yaml = pytest.importorskip("yaml")

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "frontdesk.spec"
ENTRY = PACKAGING / "entry.py"
ISS = PACKAGING / "windows" / "frontdesk.iss"
BUILD_PS1 = PACKAGING / "windows" / "build.ps1"
BUILD_SH = PACKAGING / "build.sh"
SMOKE_SH = PACKAGING / "smoke_test.sh"
DMG_SH = PACKAGING / "macos" / "build_dmg.sh"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
LOCK = PACKAGING / "requirements-lock.txt"
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def _pyproject() -> dict[str, Any]:
    with open(REPO / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def _version_helper() -> ModuleType:
    # By path: packaging/ must not become an importable package (it would shadow PyPI "packaging").
    spec = importlib.util.spec_from_file_location("frontdesk_version", PACKAGING / "version.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict[str, Any]:
    """Top-level literal assignments of the spec file (it cannot be exec'd outside PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    found[target.id] = ast.unparse(node.value)
    return found


def _workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _workflow_run_text() -> str:
    steps = _workflow()["jobs"]["build"]["steps"]
    return "\n".join(str(step.get("run", "")) for step in steps)


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- version: pyproject.toml through packaging/version.py, everywhere ---------------------------


def test_version_helper_reads_pyproject() -> None:
    helper = _version_helper()
    assert helper.read_version() == _pyproject()["project"]["version"]
    assert len(helper.numeric_version("1.2.3rc1+local")) == 4
    assert helper.numeric_version("1.2.3rc1+local") == (1, 2, 3, 0)


def test_packaging_folder_is_not_a_python_package() -> None:
    assert not (PACKAGING / "__init__.py").exists()


def test_spec_takes_version_from_the_helper() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"packaging" / "version.py"' in text
    assert "read_version(" in text
    assert not re.search(r"^VERSION\s*=\s*['\"]", text, re.M), "spec must not hard-code a version"


def test_inno_script_gets_version_only_from_the_command_line() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r"#ifndef AppVersion\s+#error", text)
    assert "AppVersion={#AppVersion}" in text
    assert not re.search(r"#define\s+AppVersion\s", text), "the .iss must not define a version"
    assert "packaging/version.py" in text
    ps1 = BUILD_PS1.read_text(encoding="utf-8")
    assert "packaging/version.py" in ps1
    assert "/DAppVersion=$Version" in ps1


def test_workflow_and_scripts_read_the_same_helper() -> None:
    run_text = _workflow_run_text()
    assert "packaging/version.py" in run_text
    for script in (BUILD_SH, SMOKE_SH, DMG_SH):
        assert "packaging/version.py" in script.read_text(encoding="utf-8"), script.name


# --- entry point -----------------------------------------------------------------------------


def test_spec_freezes_the_entry_script() -> None:
    constants = _spec_constants()
    assert str(constants["ENTRY_SCRIPT"]).replace("'", '"') == 'REPO / "packaging" / "entry.py"'
    assert "[str(ENTRY_SCRIPT)]" in SPEC.read_text(encoding="utf-8")


def test_entry_script_is_the_console_script_plus_freeze_support() -> None:
    target = _pyproject()["project"]["scripts"]["frontdesk"]
    module, func = target.split(":")
    tree = ast.parse(ENTRY.read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == module and any(a.name == func for a in n.names) for n in imports)
    freeze = [c for c in calls if ast.unparse(c.func) == "multiprocessing.freeze_support"]
    assert freeze, "frozen worker processes need multiprocessing.freeze_support()"
    app_import = next(n for n in imports if n.module == module)
    # The process-pool workers must stop at freeze_support before the app is imported.
    assert freeze[0].lineno < app_import.lineno


def test_all_scripts_name_the_same_executable() -> None:
    exe = _spec_constants()["EXE_NAME"]
    iss = ISS.read_text(encoding="utf-8-sig")
    assert f'#define AppExeName "{exe}.exe"' in iss
    assert f'#define AppCliName "{exe}-cli.exe"' in iss
    assert 'f"{EXE_NAME}-cli"' in SPEC.read_text(encoding="utf-8")
    ps1 = BUILD_PS1.read_text(encoding="utf-8")
    assert f"{exe}.exe" in ps1 and f"{exe}-cli.exe" in ps1
    smoke = SMOKE_SH.read_text(encoding="utf-8")
    assert f"$BUNDLE/{exe}" in smoke and f"Contents/MacOS/{exe}" in smoke
    assert "frontdesk.spec" in BUILD_SH.read_text(encoding="utf-8")
    assert "frontdesk.spec" in ps1


# --- the workflow ----------------------------------------------------------------------------


def test_workflow_matrix_and_steps() -> None:
    wf = _workflow()
    triggers: dict[str, Any] = wf.get("on") or wf[True]  # YAML 1.1 reads a bare `on` as True
    assert "v*" in triggers["push"]["tags"]
    build = wf["jobs"]["build"]
    oses = {entry["os"] for entry in build["strategy"]["matrix"]["include"]}
    assert oses == {"windows-2022", "macos-15", "macos-15-intel"}
    run_text = _workflow_run_text()
    assert "-c packaging/requirements-lock.txt" in run_text
    assert "pytest" in run_text
    assert "packaging/build.sh" in run_text
    assert "packaging/smoke_test.sh" in run_text
    assert "choco install innosetup" in run_text
    assert "packaging/windows/build.ps1" in run_text
    assert "packaging/macos/build_dmg.sh" in run_text
    uses = [step.get("uses", "") for step in build["steps"]]
    assert any(u.startswith("actions/upload-artifact") for u in uses)
    release = wf["jobs"]["release"]
    assert "refs/tags/v" in release["if"]
    assert any(
        step.get("uses", "").startswith("softprops/action-gh-release") for step in release["steps"]
    )


# --- locked dependencies -----------------------------------------------------------------------


def _lock_pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = line.split(";", 1)[0].strip()
        match = re.fullmatch(r"([A-Za-z0-9._-]+)==([A-Za-z0-9.+!_-]+)", requirement)
        assert match, f"lock line is not an exact pin: {raw!r}"
        pins[_norm(match.group(1))] = match.group(2)
    return pins


def _requirement_name(requirement: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9._-]+)", requirement)
    assert match
    return _norm(match.group(1))


def test_lock_pins_every_declared_dependency() -> None:
    project = _pyproject()["project"]
    pins = _lock_pins()
    declared = list(project["dependencies"])
    for extra in ("build", "test"):
        declared += project.get("optional-dependencies", {}).get(extra, [])
    missing = sorted({_requirement_name(r) for r in declared} - set(pins))
    assert not missing, f"requirements-lock.txt lacks pins for {missing}"


def test_lock_pins_satisfy_pyproject_ranges() -> None:
    packaging_specifiers = pytest.importorskip("packaging.specifiers")
    pins = _lock_pins()
    for requirement in _pyproject()["project"]["dependencies"]:
        spec_text = requirement.split(";", 1)[0]
        name = _requirement_name(spec_text)
        specifier = packaging_specifiers.SpecifierSet(spec_text[len(name) :].strip() or "")
        assert pins[name] in specifier, f"{name}=={pins[name]} outside {specifier}"


# --- what the spec leaves out ----------------------------------------------------------------


INTENDED_EXCLUDES = {
    "Qt3DCore",
    "Qt3DRender",
    "QtQuick",
    "QtQuick3D",
    "QtQml",
    "QtMultimedia",
    "QtPdf",
    "QtCharts",
    "QtDataVisualization",
    "QtBluetooth",
    "QtSensors",
    "QtSerialPort",
    "QtDesigner",
}
# What the preview needs: QtWebEngineWidgets and what its libraries link (checked with ldd).
REQUIRED_MODULES = {
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebChannel",
    "QtPrintSupport",
    "QtSvg",
    "QtOpenGL",
    "QtPositioning",
}
REQUIRED_LIBS = (
    "Qt6Quick.",
    "Qt6Qml.",
    "Qt6QmlModels",
    "Qt6QuickWidgets",
    "Qt6WebChannel",
    "Qt6Positioning",
    "Qt6WebEngineCore",
    "Qt6PrintSupport",
)


def test_spec_excludes_unused_qt_modules() -> None:
    constants = _spec_constants()
    excluded = set(constants["EXCLUDED_QT_MODULES"])
    assert excluded >= INTENDED_EXCLUDES
    assert not (REQUIRED_MODULES & excluded)
    assert '"PySide6.{name}"' in SPEC.read_text(encoding="utf-8").replace('f"', '"')


def test_spec_keeps_libraries_webengine_links() -> None:
    markers = _spec_constants()["EXCLUDED_QT_LIBS"]
    for lib in REQUIRED_LIBS:
        for marker in markers:
            assert not ("lib" + lib).startswith("lib" + marker), f"{marker} would drop {lib}"
            assert not lib.startswith(marker), f"{marker} would drop {lib}"


def test_spec_keeps_english_and_chinese() -> None:
    constants = _spec_constants()
    assert "en-US.pak" in constants["KEEP_WEBENGINE_PAKS"]  # Chromium's fallback locale
    assert "zh-CN.pak" in constants["KEEP_WEBENGINE_PAKS"]
    assert "_zh_CN.qm" in constants["KEEP_QT_QM"]


def test_macos_bundle_metadata() -> None:
    constants = _spec_constants()
    assert constants["MACOS_MIN_VERSION"] == "13.0"  # Qt 6.10's minimum
    text = SPEC.read_text(encoding="utf-8")
    for key in (
        "CFBundleDocumentTypes",
        "NSHighResolutionCapable",
        "LSMinimumSystemVersion",
        "bundle_identifier=BUNDLE_ID",
        "version=VERSION",
    ):
        assert key in text
    for ext in ('"md"', '"markdown"', '"html"'):
        assert ext in text
    import plistlib

    entitlements = plistlib.loads(ENTITLEMENTS.read_bytes())
    assert entitlements["com.apple.security.cs.allow-jit"] is True
    assert entitlements["com.apple.security.cs.disable-library-validation"] is True


def test_inno_script_installs_per_user_with_both_languages() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    assert "PrivilegesRequired=lowest" in text
    assert "PrivilegesRequiredOverridesAllowed=dialog" in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert "ChineseSimplified.isl" in text
    assert re.search(r'Root: HKA; Subkey: "Software\\Classes\\\.md\\OpenWithProgids"', text)
    assert re.search(r'Root: HKA; Subkey: "Software\\Classes\\\.markdown\\OpenWithProgids"', text)
    assert "#ifdef SignToolName" in text


def test_spec_bundles_resources_without_screenshots() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'RESOURCES = REPO / "resources"' in text
    assert '"screenshots"' in text
    smoke = SMOKE_SH.read_text(encoding="utf-8")
    assert "screenshots" in smoke
    assert "sample-site" in smoke


@pytest.mark.skipif(sys.platform.startswith("win"), reason="no executable bit on Windows")
def test_shell_scripts_are_executable() -> None:
    # The workflow and the README call them as ./packaging/...sh from a fresh clone.
    for script in (BUILD_SH, SMOKE_SH, DMG_SH):
        assert os.access(script, os.X_OK), f"chmod +x {script.relative_to(REPO)}"
