"""A progress bar on stderr: input bytes done (for the ETA), documents and documents/s.

The total is the size of the inputs, measured before the run (files, folders, globs, zip
members, gzip trailers); standard input has none, so the bar then shows counts only.
"""

from __future__ import annotations

import glob
import gzip
import os
import struct
import time
import zipfile
from pathlib import Path

from newsfacts.ingest.sources import STDIN, is_hidden


def _file_size(path: Path) -> int:
    name = path.name.lower()
    try:
        if name.endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                return sum(i.file_size for i in zf.infolist() if not i.is_dir())
        if name.endswith((".gz", ".tgz")):
            with path.open("rb") as fh:  # gzip keeps the size (mod 4 GiB) in its last 4 bytes
                fh.seek(-4, os.SEEK_END)
                return struct.unpack("<I", fh.read(4))[0]
        return path.stat().st_size
    except (OSError, zipfile.BadZipFile, struct.error, gzip.BadGzipFile):
        return 0


def input_size(inputs: list[str]) -> int | None:
    """Bytes the inputs will yield, or None when unknown (standard input)."""
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        paths = [Path(p) for p in sorted(glob.glob(name, recursive=True))] \
            if glob.has_magic(name) and not Path(name).exists() else [Path(name)]
        for path in paths:
            if path.is_dir():
                for root, dirs, files in os.walk(path):
                    dirs[:] = [d for d in dirs if not is_hidden(d)]
                    total += sum(_file_size(Path(root, f)) for f in files if not is_hidden(f))
            elif path.exists():
                total += _file_size(path)
    return total


class BatchProgress:
    """Wraps rich's progress bar; does nothing when disabled."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.enabled = enabled
        self.docs = 0
        self.start = time.perf_counter()
        self._progress = None
        self._task = None
        self.total = total

    def __enter__(self) -> BatchProgress:
        self.start = time.perf_counter()
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("extract"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[docs]} docs, {task.fields[rate]} docs/s"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("extract", total=self.total, docs=0, rate="-")
        return self

    def advance(self, docs: int, nbytes: int) -> None:
        self.docs += docs
        if self._progress is None:
            return
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        self._progress.update(self._task, advance=nbytes, docs=self.docs,
                              rate=f"{self.docs / elapsed:,.0f}")

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            if self.total is not None and not any(exc):
                self._progress.update(self._task, completed=self.total)
            self._progress.stop()
