"""Writing files safely: a temporary file, fsync, then rename, so a reader sees the old file or
the new one, never half of one; and never onto something that is not a plain file, nor onto a
file the command reads."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from quiz.errors import InputError


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, ``\\n`` line ends) atomically.

    Refuses (with an :class:`InputError`) a path that is a symbolic link or anything but a
    regular file (a device such as ``/dev/null``, a FIFO, a folder): renaming over it would
    replace it rather than write to it.
    """
    refuse_special(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_all(folder: Path, files: dict[str, str], remove: Iterable[str] = ()) -> None:
    """Write several files of one folder as nearly one step: every new text is written and
    synced first (``.<name>.<random>.tmp``), then all are renamed into place one after the
    other, then the files to remove go. A process killed while writing leaves the old files
    untouched; leftovers of such a run are removed by the next one."""
    for leftover in folder.glob(".*.tmp"):
        if leftover.is_file() and not leftover.is_symlink():
            leftover.unlink()
    for name in files:
        refuse_special(folder / name)
    written: list[tuple[str, Path]] = []
    try:
        for name, text in files.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            written.append((name, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        for _, tmp_path in written:
            tmp_path.unlink(missing_ok=True)
        raise
    for name, tmp_path in written:
        os.replace(tmp_path, folder / name)
    for name in remove:
        (folder / name).unlink(missing_ok=True)
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (the folder's entries), where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def refuse_special(path: Path) -> None:
    """An output must be a regular file or not exist yet."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISLNK(mode):
        raise InputError(str(path), "is a symbolic link; give the file itself as the output")
    if not stat.S_ISREG(mode):
        raise InputError(str(path), "is not a regular file; refusing to replace it")


def refuse_input_as_output(output: Path, inputs: Iterable[Path | None]) -> None:
    """An output that is one of the command's inputs (the same file, by path or by inode) is
    refused: writing it would destroy what the command reads."""
    try:
        out_stat = output.stat()
    except OSError:
        out_stat = None
    resolved = output.resolve()
    for given in inputs:
        if given is None:
            continue
        same = given.resolve() == resolved
        if not same and out_stat is not None:
            try:
                in_stat = given.stat()
            except OSError:
                continue
            same = (in_stat.st_dev, in_stat.st_ino) == (out_stat.st_dev, out_stat.st_ino)
        if same:
            raise InputError(str(output), f"is an input of this command ({given}); not overwritten")


def folder_files(folder: Path, suffix: str) -> list[Path]:
    """The files of a folder that end in ``suffix``, in name order; the same answer for every
    command. A folder that cannot be read, and an entry that is not a regular file (a FIFO, a
    device, a folder, a broken or looping symbolic link), are errors, never taken for an empty
    folder or skipped in silence."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        raise InputError(str(folder), "is not a folder") from None
    except OSError as err:
        raise InputError(str(folder), f"cannot be read: {err.strerror or err}") from None
    found = []
    for entry in entries:
        if not entry.name.endswith(suffix) or entry.name.startswith("."):
            continue
        path = Path(folder) / entry.name
        try:
            regular = entry.is_file(follow_symlinks=True)
        except OSError as err:  # a symbolic link loop
            raise InputError(str(path), f"cannot be read: {err.strerror or err}") from None
        if not regular:
            raise InputError(str(path), "is not a regular file")
        if not os.access(path, os.R_OK):
            raise InputError(str(path), "cannot be read: permission denied")
        found.append(path)
    return found


def read_limited(path: Path, limit: int, label: str | None = None) -> bytes:
    """A file's bytes, read only if it is a regular file and only up to ``limit``: a device
    (``/dev/zero``), a FIFO or a folder is refused instead of read for ever, and the size is
    checked on what is read, not on what ``stat`` says."""
    name = label or str(path)
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError(name, "is not a regular file")
            raw = handle.read(limit + 1)
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except OSError as err:
        raise InputError(name, err.strerror or str(err)) from None
    if len(raw) > limit:
        raise InputError(name, f"file is larger than the limit of {limit} bytes")
    return raw
