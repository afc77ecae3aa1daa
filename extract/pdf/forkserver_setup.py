"""Imported by the page workers' fork server only (its preload, see :mod:`extract.pdf.workers`).

The server ends when the run's process ends, and every worker it forks ends when
the server does (:mod:`extract.lifetime`): a killed run leaves no page worker
waiting on its pool.  Importing this anywhere else would tie that process to
its parent.
"""

import os

from extract.lifetime import die_with_parent
from extract.quiet import quiet_logging
from extract.scratch import settle_temporary_folder

_SERVER = os.getpid()


def _worker_started() -> None:
    die_with_parent(_SERVER)


# If the run ended before this, the server's alive pipe is closed already and it ends at once.
# SIGINT is ignored from here on, and the server gives its workers the handlers it had now.
die_with_parent(None)
settle_temporary_folder()  # before anything forked from here looks for it
quiet_logging()  # the workers forked from here inherit it
os.register_at_fork(after_in_child=_worker_started)
