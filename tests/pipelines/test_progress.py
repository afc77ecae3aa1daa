from pathlib import Path

from pipelines.progress import progress_bars


def test_bars_one_per_document_on_a_terminal_labelled_with_its_stage(capsys):
    with progress_bars(show=True) as progress:
        for done in (1, 2):
            progress(Path("werkplan-2030.pdf"), done, 2, "OCR")
            progress(Path("werkplan-2031.pdf"), done, 2, "reading")
        progress(Path("werkplan-2030.pdf"), 1, 2, "reading")  # the scan OCR'd, now read
    err = capsys.readouterr().err
    assert "OCR werkplan-2030.pdf" in err and "reading werkplan-2031.pdf" in err
    assert "reading werkplan-2030.pdf" in err


def test_no_bars_on_a_pipe():
    with progress_bars() as progress:  # pytest's stderr is not a terminal
        assert progress is None
