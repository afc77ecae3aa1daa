"""The allowed imports between the packages, read from the source with ast.

    extract.pdf        any PDF: imports nothing of extract.werkplan, pipelines or expectations
    extract.werkplan   the werkplan: imports extract.pdf and extract.settings, nothing of pipelines or expectations
    expectations       verification and the report: imports extract, nothing of pipelines
    pipelines          runs it all

and no two modules import each other, directly or around a circle, when they are imported.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extract", "pipelines", "expectations")
# package prefix → packages it must not import (anywhere: at the top, in a function, for types only)
FORBIDDEN = {
    "extract.pdf": ("extract.werkplan", "pipelines", "expectations"),
    "extract.werkplan": ("pipelines", "expectations"),
    "extract.settings": ("extract.pdf", "extract.werkplan", "pipelines", "expectations"),
    "expectations": ("pipelines",),
}


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(root: Path = ROOT) -> dict[str, Path]:
    return {_module_name(p, root): p for package in PACKAGES for p in sorted((root / package).rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path) -> list[tuple[str, int, bool]]:
    """(module imported, line, imported when the module is) for every import of the project's packages."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []

    def visit(node: ast.AST, at_import: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, False)
            elif isinstance(child, ast.If) and _is_type_checking(child):
                visit(child, False)
            elif isinstance(child, ast.Import):
                found.extend((alias.name, child.lineno, at_import) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - child.level + 1]
                    module = ".".join(base + ([child.module] if child.module else []))
                else:
                    module = child.module or ""
                # "from . import ids" imports the module ids
                targets = [f"{module}.{alias.name}" for alias in child.names] if not child.module else [module]
                found.extend((target, child.lineno, at_import) for target in targets)
            else:
                visit(child, at_import)

    visit(tree, True)
    return [(module, line, at_import) for module, line, at_import in found if module.split(".")[0] in PACKAGES]


def _resolve(imported: str, modules: dict[str, Path]) -> str | None:
    """The project module an import names (``from extract.werkplan import ids`` → ``extract.werkplan.ids``)."""
    while imported and imported not in modules:
        imported = imported.rpartition(".")[0]
    return imported or None


def upward_imports(modules: dict[str, Path]) -> list[str]:
    """Every import of a package a module's layer must not import, as "path:line: module imports what"."""
    wrong = []
    for name, path in modules.items():
        rules = [(prefix, banned) for prefix, banned in FORBIDDEN.items()
                 if name == prefix or name.startswith(prefix + ".")]
        for imported, line, _ in _imports(name, path):
            for prefix, banned in rules:
                if any(imported == b or imported.startswith(b + ".") for b in banned):
                    wrong.append(f"{path.name}:{line}: {name} imports {imported} ({prefix} must not)")
    return wrong


def import_cycles(modules: dict[str, Path]) -> list[str]:
    """Every circle of modules importing each other when imported, as "a → b → a"."""
    graph = {name: sorted({_resolve(imported, modules) for imported, _, at_import in _imports(name, path)
                           if at_import} - {None, name}) for name, path in modules.items()}
    cycles, state = [], {}

    def walk(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in graph[node]:
            # a package's __init__ importing one of its own modules is the package loading, not a cycle
            if state.get(nxt) == "open" and not node.startswith(nxt + "."):
                cycles.append(" → ".join([*trail[trail.index(nxt):], node, nxt]) if nxt in trail
                              else f"{node} → {nxt}")
            elif nxt not in state:
                walk(nxt, [*trail, node])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            walk(name, [])
    return cycles


def test_no_package_imports_a_layer_above_it():
    wrong = upward_imports(_modules())
    assert wrong == [], "\n".join(wrong)


def test_no_import_cycle_between_modules():
    cycles = import_cycles(_modules())
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_an_upward_import_and_a_cycle_are_named(tmp_path):
    # The checks themselves, on a small tree that breaks both rules.
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "extract" / "pdf").mkdir()
    (tmp_path / "extract" / "pdf" / "reader.py").write_text("from .model import Page\n")
    (tmp_path / "extract" / "pdf" / "model.py").write_text(
        "def page():\n    from pipelines.run import run_pipeline\nfrom . import reader\n")
    modules = _modules(tmp_path)
    assert upward_imports(modules) == [
        "model.py:2: extract.pdf.model imports pipelines.run (extract.pdf must not)"]
    assert import_cycles(modules) == ["extract.pdf.model → extract.pdf.reader → extract.pdf.model"]


@pytest.mark.parametrize("module", ["pipelines.output.database", "pipelines.cli"])
def test_loading_imports_no_pdf_reader(module):
    # A fresh interpreter: this session has imported the readers for other tests.  `werkplan load`
    # needs pipelines.output.database only.
    probe = (f"import sys, {module}; print(sorted(m for m in ('playa', 'pdfminer', 'pypdfium2', 'pdfplumber', "
             "'camelot', 'great_expectations', 'extract.werkplan.extraction') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=ROOT).stdout
    assert output.strip() == "[]"


# Words of the werkplan's own vocabulary (extract/werkplan/vocabulary.py); "werkplan" itself is the tool's name.
WERKPLAN_WORDS = ("programmalijn", "onderdeel", "idee", "project", "begroting", "bijlage", "organisatie",
                  "uurtarief", "vraagstuk", "maart", "mrt")


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string in the module's code, docstrings left out (they may give examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_pdf_layer_knows_no_werkplan_word():
    found = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
             for path in sorted((ROOT / "extract" / "pdf").rglob("*.py"))
             for line, text in _string_literals(path)
             if any(word in text.lower() for word in WERKPLAN_WORDS)]
    assert found == []


def test_the_werkplan_words_are_found_by_the_check():
    # The check above reads the words where the vocabulary keeps them: it would see them in extract/pdf.
    texts = " ".join(text.lower() for _, text in _string_literals(ROOT / "extract" / "werkplan" / "vocabulary.py"))
    assert [word for word in WERKPLAN_WORDS if word not in texts] == ["begroting", "vraagstuk"]
