"""Long output on a terminal goes through a pager, as git does (``less -FRX``: quits when the text
fits one screen, keeps it on the screen after quitting); output to a file or a pipe never does."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys


def pager_command() -> list[str] | None:
    """$MIGRATION_KG_PAGER, else $PAGER, else ``less`` (None for "" or cat, or when not installed)."""
    text = os.environ.get("MIGRATION_KG_PAGER", os.environ.get("PAGER", "less"))
    command = shlex.split(text)
    if not command or command[0] == "cat" or shutil.which(command[0]) is None:
        return None
    return command


def show(text: str, *, enabled: bool = True, stream=None) -> None:
    """Write ``text`` to ``stream`` (standard output), through the pager when the stream is a terminal,
    the text is taller than it and ``enabled``."""
    stream = stream or sys.stdout
    command = pager_command() if enabled and stream.isatty() else None
    if command is None or text.count("\n") < shutil.get_terminal_size().lines - 1:
        stream.write(text)
        stream.flush()
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    stream.flush()
    try:
        subprocess.run(command, input=text.encode("utf-8"), env=env, check=False)
    except OSError:
        stream.write(text)
        stream.flush()
