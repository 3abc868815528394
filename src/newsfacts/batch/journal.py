"""The journal that lets an interrupted batch resume with nothing lost and nothing twice.

Documents are cut into chunks in a fixed way (by count and size, never by timing), so chunk
``i`` holds the same documents in every run. A finished chunk is one part file,
``.<OUT name>.journal/<i>.part``, written to a temporary name, flushed to disk and renamed:
it exists whole or not at all, whenever the process dies (``kill -9`` included). ``job.json``
records what the job was (inputs, options, chunking); ``--resume`` refuses a journal written
by a different job. At the end the parts are merged in chunk order into the outputs, each
written atomically, and only then is the journal removed. A resumed run thus produces the
same bytes as an uninterrupted one.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from newsfacts.batch.worker import ChunkStats, split_part

PART_SUFFIX = ".part"


class JournalMismatch(ValueError):
    """--resume found a journal of another job."""


def journal_dir(out: Path) -> Path:
    return out.parent / f".{out.name}.journal"


class Journal:
    """Part files of finished chunks, beside the output."""

    def __init__(self, out: Path, identity: dict, resume: bool) -> None:
        self.dir = journal_dir(out)
        self.identity = json.loads(json.dumps(identity))
        self.resumed = False
        job = self.dir / "job.json"
        if resume and job.exists():
            try:
                recorded = json.loads(job.read_text(encoding="utf-8"))
            except ValueError:
                recorded = None
            if recorded != self.identity:
                raise JournalMismatch(
                    f"{self.dir} was written by a different job (other inputs or options); "
                    "run again without --resume to start over"
                )
            self.resumed = True
            for tmp in self.dir.glob(".*.tmp"):
                tmp.unlink(missing_ok=True)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir(parents=True)
            self._write(job, json.dumps(self.identity, indent=1).encode("utf-8"))
        self.finished = {
            int(p.name[: -len(PART_SUFFIX)]) for p in self.dir.glob(f"*{PART_SUFFIX}")
        }

    def part_path(self, index: int) -> Path:
        return self.dir / f"{index:08d}{PART_SUFFIX}"

    def has(self, index: int) -> bool:
        return index in self.finished

    def stats(self, index: int) -> ChunkStats:
        """The counts of a finished chunk, from its header line alone."""
        with self.part_path(index).open("rb") as fh:
            return ChunkStats.from_dict(json.loads(fh.readline()))

    def write(self, index: int, part: bytes) -> None:
        self._write(self.part_path(index), part)
        self.finished.add(index)

    def _write(self, path: Path, data: bytes) -> None:
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    def sections(self, n_chunks: int, which: int) -> Iterator[bytes]:
        """Section ``which`` (0 facts, 1 documents, 2 manifest) of every chunk, in order."""
        for index in range(n_chunks):
            yield split_part(self.part_path(index).read_bytes())[1 + which]

    def missing(self, n_chunks: int) -> list[int]:
        return [i for i in range(n_chunks) if i not in self.finished]

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
