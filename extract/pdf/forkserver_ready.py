"""Imported by the fork server last (see :data:`extract.pdf.workers.PRELOAD`): what it imported stays shared.

Every process forked from the server shares the server's memory until it writes
to a page.  The garbage collector's passes write to every object they visit
(their headers hold its bookkeeping), which would copy the imported modules'
pages into each process one by one; frozen objects are never visited.
"""

import gc

gc.freeze()
