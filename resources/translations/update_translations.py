"""Refresh frontdesk_zh_CN.ts from the sources and compile the .qm files.

    python resources/translations/update_translations.py [--no-lupdate]

1. Writes problem_templates.py: every Problem template of editor_app/core (every module that
   calls _problem(...)/make_problem(...): checks/validate.py, checks/_metadata.py, ...) wrapped in
   QT_TRANSLATE_NOOP("Problem", ...), so lupdate collects them (core never imports Qt, so the
   templates have no tr() calls of their own; the UI translates them in context "Problem"),
   and the fixed phrases some problems carry as parameters (yamlread.plain_phrases: what a
   YAML error means and what to do, which the UI translates too).
2. Runs pyside6-lupdate over editor_app/ui and the files below (keeps existing translations).
3. Writes core_messages.py the same way for the context "CoreMessages": the message templates
   and hints of core's errors (every call of a FrontdeskError class with literal text), the
   classes' default hints, and
   why a post is shown read-only (``read_only_reason``); ui/messages.py translates them.
4. Runs pyside6-lrelease to build frontdesk_zh_CN.qm.
"""

from __future__ import annotations

import ast
import contextlib
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CORE = REPO / "editor_app" / "core"
# Names under which core modules call _problem.make_problem (plus any `import ... as` alias).
PROBLEM_FUNCS = {"_problem", "make_problem"}
TEMPLATES = HERE / "problem_templates.py"
CORE_MESSAGES = HERE / "core_messages.py"
LANGS = ("zh_CN",)
# Error classes whose message is not their first argument (GitError(kind, message, ...)).
MESSAGE_AT = {"GitError": 1}

sys.path.insert(0, str(REPO))
from editor_app.core.document.yamlread import plain_phrases  # noqa: E402


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _core_modules() -> list[Path]:
    """Every Python module under editor_app/core, validate.py first, then sorted."""
    modules = sorted(CORE.rglob("*.py"), key=lambda p: (p.name != "validate.py", str(p)))
    return [p for p in modules if "__pycache__" not in p.parts]


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def problem_templates() -> list[str]:
    """Template strings passed to _problem(...) in every core module, with `template +=` forms."""
    found: list[str] = []
    for module in _core_modules():
        found.extend(_module_templates(module))
    unique: list[str] = []
    for t in found:
        if t not in unique:
            unique.append(t)
    return unique


def _module_templates(module: Path) -> list[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
    names = set(PROBLEM_FUNCS)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name == "make_problem":
                    names.add(alias.asname or alias.name)
    found: list[str] = []
    assigned: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            value = _literal(node.value)
            if isinstance(target, ast.Name) and value is not None:
                assigned.setdefault(target.id, []).append(value)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            value = _literal(node.value)
            if value is not None and node.target.id in assigned:
                assigned[node.target.id].append(assigned[node.target.id][0] + value)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _call_name(node.func) in names):
            continue
        args = list(node.args)
        template_node = args[2] if len(args) > 2 else None
        for kw in node.keywords:
            if kw.arg == "template":
                template_node = kw.value
        if template_node is None:
            continue
        branches = (
            [template_node.body, template_node.orelse]
            if isinstance(template_node, ast.IfExp)  # one template or the other
            else [template_node]
        )
        values = [v for v in (_literal(b) for b in branches) if v is not None]
        if values:
            found.extend(values)
        elif isinstance(template_node, ast.Name):
            found.extend(assigned.get(template_node.id, []))
    return found


def _error_classes(modules: list[Path]) -> set[str]:
    """The names of FrontdeskError and every class in core derived from it."""
    bases: dict[str, set[str]] = {}
    for module in modules:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {_call_name(b) for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    found = {"FrontdeskError"}
    grew = True
    while grew:
        more = {name for name, of in bases.items() if of & found} - found
        found |= more
        grew = bool(more)
    return found | {"Phrase"}  # a Phrase is a message too (``*_problem``)


def _texts(node: ast.AST | None) -> list[str]:
    """The literal texts ``node`` may give: a literal, either branch of `a if c else b`, any
    literal of `reason or "..."`."""
    if node is None:
        return []
    value = _literal(node)
    if value is not None:
        return [value]
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _texts(v)]
    return []


def _what_positions(trees: list[ast.Module]) -> dict[str, int]:
    """Functions of core with a parameter named ``what`` (what a message is about: "The
    value", "quoting the title"), and its position."""
    found: dict[str, int] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.args]
                if "what" in names:
                    found[node.name] = names.index("what")
    return found


def core_messages() -> list[str]:
    """Every message template and hint of core's errors, every read-only reason, and the
    phrases that fill them in: the texts passed as ``what``, the literal values of ``params``
    and the plain words of YAML errors (``yamlread.plain_phrases``)."""
    modules = _core_modules()
    classes = _error_classes(modules)
    # the window makes core's errors too (opening a site's index: ui/session.py)
    modules += sorted(
        p for p in (REPO / "editor_app" / "ui").rglob("*.py") if "__pycache__" not in p.parts
    )
    trees = [ast.parse(module.read_text(encoding="utf-8")) for module in modules]
    what_at = _what_positions(trees)
    found: list[str] = []
    for tree in trees:
        assigned: dict[str, list[str]] = {}  # `message = "a" if c else "b"`, then Error(message)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name):
                    assigned.setdefault(target.id, []).extend(_texts(node.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _call_name(node.func)
                error = name in classes
                at = MESSAGE_AT.get(name, 0)
                if error and len(node.args) > at:
                    first = node.args[at]
                    found += _texts(first)
                    if isinstance(first, ast.Name):
                        found += assigned.get(first.id, [])
                if name in what_at and len(node.args) > what_at[name]:
                    # phrases only ("quoting the title"), not a word such as git's "fetch"
                    found += [t for t in _texts(node.args[what_at[name]]) if " " in t]
                for kw in node.keywords:
                    if (error and kw.arg in ("message", "hint")) or kw.arg in (
                        "read_only_reason",
                        "what",
                    ):
                        found += _texts(kw.value)
                        if isinstance(kw.value, ast.Name):  # `hint=hint`, set above
                            found += assigned.get(kw.value.id, [])
                    elif error and kw.arg == "params" and isinstance(kw.value, ast.Dict):
                        # phrases only ("it cannot be read."), not a word such as ".md"
                        found += [t for v in kw.value.values for t in _texts(v) if " " in t]
            elif isinstance(node, ast.FunctionDef) and node.name in what_at:
                names = [a.arg for a in node.args.args]
                given = node.args.defaults
                defaults = dict(zip(names[len(names) - len(given) :], given, strict=True))
                found += _texts(defaults.get("what"))
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in ("default_hint", "read_only_reason")
                for t in node.targets
            ):
                found += _texts(node.value)
    found += plain_phrases()
    unique: list[str] = []
    for text in found:
        if text.strip() and text not in unique:
            unique.append(text)
    return unique


def write_core_messages() -> int:
    messages = core_messages()
    lines = [
        '"""Generated by update_translations.py: core\'s messages for lupdate. Not imported."""',
        "# ruff: noqa: E501",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = [",
    ]
    lines += [
        f'    QT_TRANSLATE_NOOP("CoreMessages", {json.dumps(t, ensure_ascii=False)}),'
        for t in messages
    ]
    lines += ["]", ""]
    CORE_MESSAGES.write_text("\n".join(lines), encoding="utf-8")
    with contextlib.suppress(OSError):
        subprocess.run(["ruff", "format", "--quiet", str(CORE_MESSAGES)], check=False)
    return len(messages)


def write_templates() -> int:
    templates = problem_templates()
    lines = [
        '"""Generated by update_translations.py: Problem templates for lupdate. Not imported."""',
        "# ruff: noqa: E501",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = [",
    ]
    templates += [t for t in plain_phrases() if t not in templates]  # the summary and hint
    lines += [
        f'    QT_TRANSLATE_NOOP("Problem", {json.dumps(t, ensure_ascii=False)}),' for t in templates
    ]
    lines += ['    QT_TRANSLATE_NOOP("Problem", "Line %1: "),', "]", ""]
    TEMPLATES.write_text("\n".join(lines), encoding="utf-8")
    with contextlib.suppress(OSError):  # keep the file as `ruff format` would write it
        subprocess.run(["ruff", "format", "--quiet", str(TEMPLATES)], check=False)
    return len(templates)


def main(argv: list[str]) -> int:
    count = write_templates()
    print(f"{count} problem templates, {write_core_messages()} core messages")
    sources = sorted(str(p) for p in (REPO / "editor_app" / "ui").rglob("*.py"))
    sources += [str(TEMPLATES), str(CORE_MESSAGES)]
    for lang in LANGS:
        ts = HERE / f"frontdesk_{lang}.ts"
        if "--no-lupdate" not in argv:
            subprocess.run(
                ["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(ts)], check=True
            )
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(HERE / f"frontdesk_{lang}.qm")], check=True
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
