"""The build's worker processes: documents read and turned into triples side by side, the parts
coming back in document order."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import signal
from pathlib import Path


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _work(processor, folders: list[str], channel) -> None:
    """One worker process: its share of the documents, in order, onto its channel; an exception that
    is not a curation error (input too large, a bug) goes onto it too, and ends the worker. Ctrl-C
    is the building process's to handle (it stops the workers), and SIGTERM ends a worker quietly:
    the handlers the command line installs are not inherited."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    for folder in folders:
        try:
            part = processor(folder)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the building process
            channel.put(exc)
            return
        channel.put(part)


def _receive(channel, process, name: str):
    """The next part from a worker's channel, waiting as long as the worker lives."""
    while True:
        try:
            return channel.get(timeout=0.5)
        except queue.Empty:
            if not process.is_alive():
                break
    try:
        return channel.get(timeout=0.5)  # it may have put its last part just before it ended
    except queue.Empty:
        raise RuntimeError(f"a worker process ended unexpectedly (exit code {process.exitcode}) while "
                           f"the build waited for {name}") from None


def parts_in_order(folders: list[Path], processor, workers: int):
    """DocParts in document order, from ``workers`` processes (or this one). Worker ``i`` reads
    documents ``i``, ``i + workers``, ...; the processor (registry, ontology, matcher: a megabyte
    pickled, and its name patterns compiled again when unpickled) reaches each worker once, as the
    argument of the forked process, not with every batch of documents. Nothing is kept in module
    globals."""
    if workers <= 1:
        for folder in folders:
            yield processor(str(folder))
        return
    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    names = [str(f) for f in folders]
    channels = [context.Queue(maxsize=64) for _ in range(workers)]
    processes = [context.Process(target=_work, args=(processor, names[i::workers], channels[i]), daemon=True)
                 for i in range(workers)]
    for process in processes:
        process.start()
    received = False
    try:
        for index, name in enumerate(names):
            part = _receive(channels[index % workers], processes[index % workers], name)
            if isinstance(part, BaseException):
                raise part
            yield part
        received = True
    finally:
        for process in processes:
            if received:  # every part is in: the workers are ending by themselves
                process.join(timeout=30)
            if process.is_alive():  # stopped early (an error, Ctrl-C): they may wait to send more
                process.terminate()
        for process in processes:
            process.join()
        for channel in channels:
            channel.close()
