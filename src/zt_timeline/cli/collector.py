"""How the program runs Python's cycle collector: a policy of the command line, not of the core."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# Whether the entry point froze what start-up made (started()). A flag, because asking the
# collector (gc.get_freeze_count) walks every frozen object: 2 ms after start-up.
_start_up_frozen = False


def started() -> None:
    """Start-up is over (__main__.py ran it with the collector off): what it made lives until the
    process ends and holds no garbage, so it is frozen (gc.freeze, Python's documented way to
    exempt objects from every later collection), and the collector is turned back on for the
    command, which it never walks again."""
    global _start_up_frozen
    gc.freeze()
    _start_up_frozen = True
    gc.enable()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the data is loaded (parsed and validated, or read from the
    cache).

    Parsing and validation make millions of objects with no cycle among them, and every pass of the collector
    walks all of them again: on a 100,000-event file, an eighth of the time (1.1 s of 8.1 s).
    When it is back on, what was made meanwhile is kept out of its way. If nothing is frozen, it
    goes straight to the oldest generation, as if it had survived two collections: gc.freeze()
    then gc.unfreeze() move every tracked object there in two list splices. Else the first
    collection after the pause walks all of them once more (0.36 s on that file), and a later one
    again. If objects are frozen already (zt's entry point froze what start-up made, started();
    or a server before it forks), it is frozen with them, never unfrozen: unfreezing would hand
    their objects back to the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        others_frozen = _start_up_frozen or gc.get_freeze_count() > 0
        gc.freeze()
        if not others_frozen:
            gc.unfreeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """Python's cycle collector off for a short burst of work that makes many objects and few
    cycles: the checker's start-up (compiling its patterns, reading its index) and its check of a
    text, where passes of the collector cost a claim a few milliseconds and free nothing worth it.
    Nothing is frozen: what the burst made is collected as usual afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
