"""Run the pipeline over many documents and write facts, documents and a manifest.

The flow: inputs are read in a stable order (``ingest.iter_items``) and cut into chunks;
an engine processes the chunks (in this process, a process pool, or Dask) and hands back
one part per chunk in order; the journal keeps each finished part on disk; at the end the
parts are merged into OUT, ``<stem>.documents<ext>`` and ``<stem>.manifest.jsonl``, each
replaced atomically. Every input document ends up in the manifest, ``ok`` with its fact
count or ``error`` with the reason; an error in one document never stops the batch.
"""

from __future__ import annotations

import glob
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from newsfacts.batch.engines import make_engine
from newsfacts.batch.journal import Journal
from newsfacts.batch.progress import BatchProgress, input_size
from newsfacts.batch.worker import ChunkStats, JobOptions, process_document, split_part
from newsfacts.ingest.sources import DEFAULT_MAX_CHARS, Item, iter_items
from newsfacts.io.atomic import atomic_write
from newsfacts.io.formats import Outputs, format_for, output_paths
from newsfacts.pipeline import PipelineConfig, parse_published
from newsfacts.records.version import SCHEMA_VERSION

#: a chunk closes at this many documents or this many input bytes, whichever comes first
CHUNK_DOCS = 256
CHUNK_BYTES = 256 * 1024

__all__ = ["CHUNK_BYTES", "CHUNK_DOCS", "Summary", "output_paths", "process_document",
           "run_extract"]


@dataclass
class Summary(ChunkStats):
    """What a batch did: documents, ok / error counts, characters, facts per kind."""

    seconds: float = 0.0
    chunks: int = 0
    resumed_chunks: int = 0


def iter_chunks(items: Iterable[Item], max_docs: int = CHUNK_DOCS,
                max_bytes: int = CHUNK_BYTES) -> Iterator[tuple[int, list[Item]]]:
    """Numbered chunks of items; where they are cut depends on the input alone."""
    chunk: list[Item] = []
    size = 0
    index = 0
    for item in items:
        chunk.append(item)
        size += item.size
        if len(chunk) >= max_docs or size >= max_bytes:
            yield index, chunk
            index += 1
            chunk, size = [], 0
    if chunk:
        yield index, chunk


def _identity(inputs: list[str], out: Path, options: JobOptions, chunking: tuple[int, int]
              ) -> dict:
    """What the journal must match on --resume: inputs (with file sizes), options, chunks."""
    files = []
    for name in inputs:
        path = Path(name)
        stat = path.stat() if path.is_file() else None
        files.append([name, stat.st_size if stat else None,
                      stat.st_mtime_ns if stat else None])
    config = options.config or PipelineConfig()
    return {
        "schema_version": SCHEMA_VERSION,
        "inputs": files,
        "out": str(out),
        "output": options.output,
        "encoding": options.encoding,
        "published": options.published,
        "max_chars": options.max_chars,
        "config": {"repair": asdict(config.repair),
                   "kinds": sorted(config.kinds) if config.kinds is not None else None,
                   "user_dicts": [str(p) for p in config.user_dicts]},
        "chunking": list(chunking),
    }


def _remove_stale_temporaries(outputs: Outputs) -> None:
    """Temporary files of a merge cut short by a kill (``atomic_write`` names them so)."""
    for path in (outputs.facts, outputs.documents, outputs.manifest):
        for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            tmp.unlink(missing_ok=True)


def run_extract(
    inputs: Iterable[str | Path],
    out: str | Path,
    config: PipelineConfig | None = None,
    published: str | None = None,
    encoding: str | None = None,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    resume: bool = False,
    progress: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    chunk_docs: int = CHUNK_DOCS,
    chunk_bytes: int = CHUNK_BYTES,
) -> Summary:
    """Extract facts from every input document into ``out`` and the files beside it.

    Raises ``ValueError`` for a bad option (unknown output extension, engine or date) and
    ``JournalMismatch`` when ``resume`` finds the journal of another job; document errors
    never raise, they go to the manifest.
    """
    names = [str(i) for i in inputs]
    out = Path(out)
    fmt = format_for(out)
    outputs = output_paths(out)
    if published is not None:
        try:
            published = parse_published(published).isoformat()
        except ValueError as exc:
            raise ValueError(f"--published {published!r} is not a date (YYYY-MM-DD)") from exc
    options = JobOptions(fmt.name, encoding, published, max_chars, config)
    chunking = (chunk_docs, chunk_bytes)
    summary = Summary()
    sizes: dict[int, tuple[int, int]] = {}
    n_chunks = 0
    started = time.perf_counter()

    with make_engine(engine, workers, scheduler) as runner:
        runner.start(options)
        journal = Journal(out, _identity(names, out, options, chunking), resume)
        _remove_stale_temporaries(outputs)
        with BatchProgress(input_size(names) if progress else None, progress) as bar:

            def pending() -> Iterator[tuple[int, list[Item]]]:
                nonlocal n_chunks
                for index, items in iter_chunks(iter_items(names, max_chars), *chunking):
                    n_chunks = index + 1
                    nbytes = sum(i.size for i in items)
                    if journal.has(index):
                        summary.add(journal.stats(index))
                        summary.resumed_chunks += 1
                        bar.advance(len(items), nbytes)
                        continue
                    sizes[index] = (len(items), nbytes)
                    yield index, items

            for index, part in runner.run(pending(), options):
                journal.write(index, part)
                summary.add(split_part(part)[0])
                bar.advance(*sizes.pop(index))

    missing = journal.missing(n_chunks)
    if missing:  # cannot happen unless the journal was tampered with during the run
        raise RuntimeError(f"chunks {missing[:5]} missing from {journal.dir}; run again")
    fmt.merge(journal.sections(n_chunks, 0), outputs.facts, "facts")
    fmt.merge(journal.sections(n_chunks, 1), outputs.documents, "documents")
    with atomic_write(outputs.manifest, "wb") as fh:
        for section in journal.sections(n_chunks, 2):
            fh.write(section)
    journal.remove()
    summary.chunks = n_chunks
    summary.seconds = time.perf_counter() - started
    return summary
