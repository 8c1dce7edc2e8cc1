"""The message templates of the core's errors, found in the source with ``ast`` (no import).

An error class is a *message class* when it derives, directly or through other message classes
of ``console/``, from ``console.errors.MessageError`` (bases are matched by name). Its template
is the first argument of

- a call to the class (``WorkflowError("Không có đơn vị mã '{code}'", code=code)``), unless the
  class (or, when it has none, a base in ``console/``) defines an ``__init__`` whose first parameter
  is not ``template``: such a class builds its message itself, so its calls
  (``AccountLockedError(until, now)``, ``TemplateError(file, key, problem)``) are skipped and
- its ``super().__init__(...)`` calls are read instead.

The argument must be a string literal (adjacent literals are one) or a module-level name bound
to one in the same file (``BAD_CREDENTIALS``). Anything else is a *dynamic* site, reported by
file and source text: a template the catalogue cannot know (an f-string is always a mistake; a
message passed through is fine when its text is a template found elsewhere).

A *phrase* is a fixed Vietnamese text given as a template's value (``console.errors.phrase``):
the literal argument of ``phrase(...)`` and the label argument of the input checks
(``check_line(value, "Tiêu đề", ...)``, ``_need(note, "lý do không xử lý")``, see
``PHRASE_ARGS``), those parameters' literal defaults, and every value of a module-level table
looked up in a phrase (``phrase(RESTRICTION_LABELS[kind])``). Phrases join the templates; a label
that is not a literal is passed through (its literal is caught where it was written).

``console/views`` is not read: the views' strings are lupdate's.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "console"
BASE = "MessageError"


@dataclass
class Found:
    templates: dict[str, tuple[str, int]] = field(default_factory=dict)  # first place seen
    dynamic: list[str] = field(default_factory=list)  # "path: source of the call"


def core_files(core: Path = CORE) -> list[Path]:
    return sorted(p for p in core.rglob("*.py") if "views" not in p.relative_to(core).parts)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _own_init(cls: ast.ClassDef) -> bool | None:
    """Whether ``cls``'s own ``__init__`` builds the message (None: it has none)."""
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            params = item.args.posonlyargs + item.args.args
            return len(params) < 2 or params[1].arg != "template"
    return None


def _message_classes(trees: dict[Path, ast.Module]) -> dict[str, bool]:
    """{class name: builds its own message} for every message class; a class without an
    ``__init__`` builds its own when a base of ``console/`` does (``LocatedError``)."""
    defs = {n.name: n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)}

    def builds_own(name: str) -> bool:
        cls = defs.get(name)
        if cls is None or name == BASE:
            return False
        own = _own_init(cls)
        return own if own is not None else any(builds_own(_name(b) or "") for b in cls.bases)

    found = {BASE: False}
    grew = True
    while grew:
        grew = False
        for cls in defs.values():
            if cls.name not in found and any(_name(b) in found for b in cls.bases):
                found[cls.name] = builds_own(cls.name)
                grew = True
    return found


def _constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            out[node.targets[0].id] = node.value.value
    return out


# function -> (position, name) of the argument that is a phrase
PHRASE_ARGS = {
    "phrase": (0, "text"),
    "check_text": (1, "label"),
    "check_line": (1, "label"),
    "check_email": (1, "label"),
    "check_moment": (1, "label"),
    "clean_text": (1, "what"),
    "_need": (1, "what"),
}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _phrases(tree: ast.Module) -> list[tuple[str, int]]:
    """(phrase, line) of the literals given as phrases, and the literal defaults of the phrase
    parameters of the functions that take one."""
    tables = {
        t.id: [v for v in map(_literal, node.value.values) if v]
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict)
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(t, ast.Name)
    }
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (_name(node.func) or "") in PHRASE_ARGS:
            index, name = PHRASE_ARGS[_name(node.func) or ""]
            arg = (
                node.args[index]
                if len(node.args) > index
                else next((k.value for k in node.keywords if k.arg == name), None)
            )
            if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
                # phrase(RESTRICTION_LABELS[kind]): every value of that module-level table
                out += [(text, node.lineno) for text in tables.get(arg.value.id, ())]
            text = _literal(arg)
            if text:
                out.append((text, node.lineno))
        elif isinstance(node, ast.FunctionDef) and node.name in PHRASE_ARGS:
            args = node.args.posonlyargs + node.args.args
            defaults = dict(
                zip(
                    [a.arg for a in args[len(args) - len(node.args.defaults) :]],
                    node.args.defaults,
                    strict=True,
                )
            )
            defaults |= {
                a.arg: d
                for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
                if d is not None
            }
            text = _literal(defaults.get(PHRASE_ARGS[node.name][1]))
            if text:
                out.append((text, node.lineno))
    return out


def _is_super_init(call: ast.Call) -> bool:
    f = call.func
    return (
        isinstance(f, ast.Attribute)
        and f.attr == "__init__"
        and isinstance(f.value, ast.Call)
        and _name(f.value.func) == "super"
    )


def _calls(tree: ast.Module, classes: dict[str, bool]) -> list[ast.Call]:
    """The calls that give a template: to a message class, or its own ``super().__init__``."""
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and classes.get(node.name):
            calls += [c for c in ast.walk(node) if isinstance(c, ast.Call) and _is_super_init(c)]
        elif isinstance(node, ast.Call) and classes.get(_name(node.func) or "") is False:
            calls.append(node)
    return calls


def find(core: Path = CORE) -> Found:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in core_files(core)}
    classes = _message_classes(trees)
    result = Found()
    for path, tree in trees.items():
        constants = _constants(tree)
        source = path.read_text(encoding="utf-8")
        where = str(path.relative_to(core.parent))
        for call in _calls(tree, classes):
            if not call.args:
                continue  # the class's own default message (read at its super().__init__)
            arg = call.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                text = arg.value
            elif isinstance(arg, ast.Name) and arg.id in constants:
                text = constants[arg.id]
            else:
                result.dynamic.append(f"{where}: {ast.get_source_segment(source, call)}")
                continue
            result.templates.setdefault(text, (where, call.lineno))
        for text, line in _phrases(tree):
            result.templates.setdefault(text, (where, line))
    return result
