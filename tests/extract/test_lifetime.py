"""How an ended process is said: the words a dead batch worker's or side process's one line gives."""

import signal
import subprocess
import sys

import pytest

from extract.lifetime import how_it_ended


@pytest.mark.parametrize("end, said", [
    ("os._exit(3)", "exit code 3"),
    ("os.kill(os.getpid(), signal.SIGSEGV)", "killed by SIGSEGV"),  # as a segfault in a C library ends it
    ("os.kill(os.getpid(), signal.SIGRTMIN + 1)", f"killed by signal {signal.SIGRTMIN + 1}"),
])
def test_how_a_process_ended_is_said_in_words(end, said, tmp_path):
    no_core = "resource.setrlimit(resource.RLIMIT_CORE, (0, 0))"
    ended = subprocess.run([sys.executable, "-c", f"import os, resource, signal; {no_core}; {end}"], cwd=tmp_path,
                           check=False)
    assert how_it_ended(ended.returncode) == said
