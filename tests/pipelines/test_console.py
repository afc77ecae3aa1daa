import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("signal_name", "code", "line"), [
    ("SIGINT", 130, "werkplan: error: interrupted (SIGINT) outside the command's work; "
                    "nothing half-written was published"),
    ("SIGTERM", 143, "werkplan: error: terminated (SIGTERM) outside the command's work; "
                     "nothing half-written was published"),
])
def test_a_signal_while_the_command_s_libraries_are_imported_ends_it_with_one_line(signal_name, code, line):
    """The signal is sent while pipelines.cli imports click, held there by an import hook that says so and waits:
    Python's defaults printed a KeyboardInterrupt's traceback there, or ended the process by SIGTERM without a
    line."""
    held = ("import sys, time\n"
            "class HoldClick:\n"
            "    @staticmethod\n"
            "    def find_spec(name, path=None, target=None):\n"
            "        if name == 'click':\n"
            "            print('importing click', file=sys.stderr, flush=True)\n"
            "            time.sleep(60)\n"
            "sys.meta_path.insert(0, HoldClick)\n"
            "from pipelines.console import command\n"
            "command()\n")
    started = subprocess.Popen([sys.executable, "-c", held, "--version"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert started.stderr.readline() == "importing click\n"
    started.send_signal(getattr(signal, signal_name))
    out, err = started.communicate(timeout=60)
    assert (started.returncode, err.splitlines(), out) == (code, [line], "")


def end_with_a_signal(signal_name: str, args: list[str], *, after_the_command_s_handlers: bool):
    """``werkplan ARGS`` in a process sent SIGNAL_NAME by an exit handler: registered while the command
    runs (it runs before the command's last one), or before the command started (it runs after)."""
    send = f"lambda: (os.kill(os.getpid(), signal.{signal_name}), time.sleep(5))"
    program = ("import atexit, os, signal, time; import pipelines.cli as cli; import pipelines.console as console; "
               + (f"atexit.register({send}); console.command()" if after_the_command_s_handlers else
                  f"main = cli.main; cli.main = lambda: (atexit.register({send}), main()); console.command()"))
    ended = subprocess.run([sys.executable, "-c", program, *args], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    return ended.returncode, ended.stderr.splitlines()


@pytest.mark.parametrize(("signal_name", "args", "code", "stderr"), [
    ("SIGTERM", ["--version"], 143, ["werkplan: error: terminated (SIGTERM) outside the command's work; "
                                      "nothing half-written was published"]),
    ("SIGINT", ["--version"], 130, ["werkplan: error: interrupted (SIGINT) outside the command's work; "
                                     "nothing half-written was published"]),
    # The command said why it ended: the signal changes the status, not what was said.
    ("SIGTERM", ["run", "missing.pdf"], 143, ["werkplan: error: missing.pdf: no such file"]),
])
def test_a_signal_while_the_process_ends_ends_it_with_one_line(signal_name, args, code, stderr):
    """A signal after the command's work, while the process ends (side processes joined): Python's
    defaults ended it by SIGTERM with no line, or printed a traceback for SIGINT."""
    assert end_with_a_signal(signal_name, args, after_the_command_s_handlers=False) == (code, stderr)


@pytest.mark.parametrize(("signal_name", "args", "code", "stderr"), [
    ("SIGINT", ["--version"], 0, []),
    ("SIGTERM", ["--version"], 0, []),
    ("SIGINT", ["run", "missing.pdf"], 2, ["werkplan: error: missing.pdf: no such file"]),
])
def test_a_signal_after_the_last_exit_handler_leaves_the_status_alone(signal_name, args, code, stderr):
    """Past the exit handlers the interpreter restores the default of a signal Python handled: a
    SIGINT there ended a run whose outputs were published with status -2 and no line."""
    assert end_with_a_signal(signal_name, args, after_the_command_s_handlers=True) == (code, stderr)


def test_a_crash_of_the_interpreter_is_reported_with_the_call_it_happened_in():
    """A segmentation fault in a C library ended a run with status -11 and nothing on stderr at all."""
    program = ("import faulthandler; import pipelines.cli as cli; import pipelines.console as console; "
               "cli.main = lambda: faulthandler._sigsegv(); console.command()")
    ended = subprocess.run([sys.executable, "-c", program, "--version"], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert ended.returncode == -signal.SIGSEGV
    assert ended.stderr.startswith("Fatal Python error: Segmentation fault")
    assert 'File "<string>", line 1 in <lambda>' in ended.stderr
