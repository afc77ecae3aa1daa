"""How an ended process is said: the words a dead batch worker's or side process's one line gives."""

import os
import signal
import subprocess
import sys
import time

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


def test_a_sigterm_while_terminate_is_held_is_handled_at_the_blocks_end():
    from extract.lifetime import terminate_held

    received = []
    earlier = signal.signal(signal.SIGTERM, lambda *_: received.append("SIGTERM"))
    try:
        with terminate_held():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)  # time for the signal to arrive
            assert received == []
        assert received == ["SIGTERM"]
    finally:
        signal.signal(signal.SIGTERM, earlier)
