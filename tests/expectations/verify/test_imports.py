import subprocess
import sys
from pathlib import Path

import pytest

from expectations.verify.imports import DeferredModule, import_without

# A library importing a heavy module twice (as camelot imports cv2 in five modules) and an optional extra.
LIBRARY = """
import werkplan_probe_heavy
from werkplan_probe_library_part import twice
try:
    import werkplan_probe_extra
except ImportError:
    werkplan_probe_extra = None

def use():
    return werkplan_probe_heavy.VALUE + twice()
"""
LIBRARY_PART = """
import werkplan_probe_heavy

def twice():
    return 2 * werkplan_probe_heavy.VALUE
"""
HEAVY = "import sys\nsys.werkplan_probe_heavy_loaded = True\nVALUE = 7\n"


@pytest.fixture
def probe_library(tmp_path, monkeypatch):
    """The probe modules importable, and gone from ``sys.modules`` afterwards."""
    names = [f"werkplan_probe_{name}" for name in ("library", "library_part", "heavy", "extra")]
    for name, text in zip(names, [LIBRARY, LIBRARY_PART, HEAVY, ""], strict=True):
        (tmp_path / f"{name}.py").write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    for name in names:
        sys.modules.pop(name, None)


def test_a_deferred_module_is_imported_at_its_first_use_and_a_hidden_one_not_found_while_the_library_is(
        probe_library, monkeypatch):
    monkeypatch.setattr(sys, "werkplan_probe_heavy_loaded", False, raising=False)
    library = import_without("werkplan_probe_library", deferred=["werkplan_probe_heavy"],
                             hidden=["werkplan_probe_extra"])
    stand_in = sys.modules["werkplan_probe_heavy"]
    assert type(stand_in) is DeferredModule and not sys.werkplan_probe_heavy_loaded  # imported twice, not run
    assert library.werkplan_probe_extra is None
    assert library.use() == 21
    real = sys.modules["werkplan_probe_heavy"]
    assert sys.werkplan_probe_heavy_loaded and type(real) is not DeferredModule
    assert library.werkplan_probe_heavy is stand_in
    import werkplan_probe_extra  # found again once the library is imported

    assert werkplan_probe_extra.__name__ == "werkplan_probe_extra"


def test_a_module_imported_already_is_not_deferred(probe_library):
    import werkplan_probe_heavy

    import_without("werkplan_probe_library", deferred=["werkplan_probe_heavy"])
    assert sys.modules["werkplan_probe_heavy"] is werkplan_probe_heavy


def test_camelot_reads_a_budget_table_without_importing_opencv(tmp_path):
    # A fresh interpreter, as camelot's side process: this session may have imported OpenCV already.
    probe = f"""
import sys
from expectations.verify.crosscheck import import_camelot, second_reading
from tests.werkplan_factory import budget_block, build_pdf, small_werkplan
import_camelot()
rows = budget_block([("Movisie", [("Senior", 95, 63), ("Junior", 67, 58)], 10, 22)], 10000)
pdf = {str(tmp_path / "werkplan.pdf")!r}
build_pdf(pdf, small_werkplan(2027, [(1, "Wonen", [("1.1", "Huisvesting", rows)])], {{"grid": True}}))
from extract.werkplan.extraction import extract_werkplan
from expectations.verify.crosscheck import printed_tables
extraction = extract_werkplan(pdf)
ruled = {{p.number for p in extraction.document.pages if p.ruled}}
[reading] = second_reading(pdf, printed_tables(extraction.tables), ruled)
print(reading.rows_compared, reading.rows_agreeing, type(sys.modules["cv2"]).__name__)
"""
    output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True,
                            cwd=Path(__file__).parents[3]).stdout.splitlines()
    assert output == ["7 7 DeferredModule"]
