"""Reading and writing files safely, in one place.

Writing: a temporary file, fsync, then rename, so a reader sees the old file or the new one,
never half of one; never onto something that is not a plain file, nor onto a file the command
reads; and a write that fails (a read-only or full disk, a name too long, a parent that is a
file) leaves everything as it was and is one :class:`InputError` naming the file. Reading: only
regular files, only up to a limit. See ``docs/files.md``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from quiz.errors import InputError, one_line

MAX_FILE_BYTES = 2 * 1024 * 1024
"""A question set or case file larger than this is refused before parsing."""

_REASONS = {
    getattr(errno, name): text
    for name, text in (
        ("ENOTDIR", "a part of the path is a file, not a folder"),
        ("ENAMETOOLONG", "the name is too long"),
        ("ENOSPC", "no space left on the disk"),
        ("EDQUOT", "the disk quota is used up"),
        ("EFBIG", "the file would be too large (a full disk, or a limit on file size)"),
        ("EROFS", "the file system is read-only"),
        ("EACCES", "permission denied"),
        ("EPERM", "permission denied"),
        ("ELOOP", "a symbolic link loop"),
        ("EISDIR", "is a folder, not a file"),
    )
    if hasattr(errno, name)
}


def reason(err: OSError) -> str:
    """What an operating-system error means, in a few plain words."""
    return _REASONS.get(err.errno or 0) or err.strerror or str(err)


def cannot_write(path: Path | str, err: OSError) -> InputError:
    return InputError(str(path), f"cannot be written: {reason(err)}")


def path_exists(path: Path) -> bool:
    """Whether something (a file, a folder, a link) is at ``path``. A name that cannot be looked
    up at all (too long, a link loop, no permission) is an :class:`InputError`, never taken for
    a missing file; a path through a file (``file.txt/x``) does not exist."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as err:
        raise InputError(str(path), f"cannot be looked up: {reason(err)}") from None
    return True


def is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder (following links); errors as :func:`path_exists`."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as err:
        raise InputError(str(path), f"cannot be looked up: {reason(err)}") from None


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8, ``\\n`` line ends) atomically.

    Refuses (with an :class:`InputError`) a path that is a symbolic link or anything but a
    regular file (a device such as ``/dev/null``, a FIFO, a folder): renaming over it would
    replace it rather than write to it. Any failure leaves the old file, and no temporary file
    or new folder behind.
    """
    write_together({path: text})


def write_together(files: Mapping[Path, str]) -> None:
    """Write several files as nearly one step (a drill and its key): every text is written and
    synced to a temporary file first, then they are renamed into place in order. A failure
    before the renames changes nothing; folders created for the files are removed again."""
    for path in files:
        refuse_special(path)
    created: list[Path] = []
    written: list[tuple[Path, Path]] = []
    current = next(iter(files))
    try:
        for path in files:
            current = path
            created += _make_folders(path.parent)
        for path, text in files.items():
            current = path
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
            written.append((path, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        for path, tmp_path in written:
            current = path
            os.replace(tmp_path, path)
    except BaseException as err:
        for _, tmp_path in written:
            tmp_path.unlink(missing_ok=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(err, OSError):
            raise cannot_write(current, err) from None
        raise
    for folder in {path.parent for path in files}:
        _sync_folder(folder)


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents, or one :class:`InputError` naming it."""
    try:
        _make_folders(folder)
    except OSError as err:
        raise cannot_write(folder, err) from None


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; the ones created, outermost first."""
    missing: list[Path] = []
    at = folder
    while not path_exists(at):
        missing.append(at)
        if at.parent == at:
            break
        at = at.parent
    created: list[Path] = []
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            continue
        except BaseException:
            for done in reversed(created):
                with contextlib.suppress(OSError):
                    done.rmdir()
            raise
        created.append(path)
    return created


def writable_folder(folder: Path, label: str | None = None) -> None:
    """Refuse, before anything is written, a folder that files cannot be written to: a path
    through a file, a name too long, a read-only file system, no permission. The folder need
    not exist yet (its nearest existing parent is checked); nothing is created."""
    name = label or str(folder)
    at = folder
    while not path_exists(at):
        if at.parent == at:
            break
        at = at.parent
    if not is_folder(at):
        if at == folder:
            raise InputError(name, "is a file, not a folder")
        raise InputError(name, f"cannot be created: {at} is a file, not a folder")
    if not os.access(at, os.W_OK | os.X_OK):
        read_only = False
        with contextlib.suppress(OSError, AttributeError):
            read_only = bool(os.statvfs(at).f_flag & os.ST_RDONLY)
        why = "the file system is read-only" if read_only else "permission denied"
        raise InputError(name, f"cannot be written: {why}")


def replace_all(folder: Path, files: dict[str, str], remove: Iterable[str] = ()) -> None:
    """Write several files of one folder as nearly one step: every new text is written and
    synced first (``.<name>.<random>.tmp``), then all are renamed into place one after the
    other, then the files to remove go. A process killed while writing leaves the old files
    untouched; leftovers of such a run are removed by the next one."""
    try:
        for leftover in folder.glob(".*.tmp"):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
    except OSError as err:
        raise cannot_write(folder, err) from None
    for name in files:
        refuse_special(folder / name)
    written: list[tuple[str, Path]] = []
    current = str(folder)
    try:
        for name, text in files.items():
            current = str(folder / name)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            written.append((name, Path(tmp)))
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException as err:
        for _, tmp_path in written:
            tmp_path.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise cannot_write(current, err) from None
        raise
    try:
        for name, tmp_path in written:
            current = str(folder / name)
            os.replace(tmp_path, folder / name)
        for name in remove:
            current = str(folder / name)
            (folder / name).unlink(missing_ok=True)
    except OSError as err:
        raise cannot_write(current, err) from None
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
    """An output must be a regular file or not exist yet, at a path that can be written."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as err:
        raise cannot_write(path, err) from None
    if stat.S_ISLNK(mode):
        raise InputError(str(path), "is a symbolic link; give the file itself as the output")
    if stat.S_ISDIR(mode):
        raise InputError(str(path), "is a folder; give a file name as the output")
    if not stat.S_ISREG(mode):
        raise InputError(str(path), "is not a regular file; refusing to replace it")


def check_output(output: Path, inputs: Iterable[Path | None]) -> None:
    """The one check of an output path, made before any work: a regular file or nothing yet,
    at a path that can be looked up, and none of the command's inputs."""
    refuse_special(output)
    refuse_input_as_output(output, inputs)


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
            raise InputError(str(path), f"cannot be read: {reason(err)}") from None
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
        # Without O_NONBLOCK, opening a FIFO would wait for a writer for ever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise InputError(name, "is not a regular file")
            if hasattr(os, "O_NONBLOCK"):
                os.set_blocking(fd, True)
            raw = handle.read(limit + 1)
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except OSError as err:
        if err.errno in (errno.ENAMETOOLONG, errno.ELOOP, errno.ENOTDIR):
            raise InputError(name, f"cannot be read: {reason(err)}") from None
        raise InputError(name, err.strerror or str(err)) from None
    if len(raw) > limit:
        raise InputError(name, f"file is larger than the limit of {limit} bytes")
    return raw


def read_toml(path: Path, label: str | None = None) -> tuple[dict[str, Any], str]:
    """Parse a TOML file strictly; every failure is an :class:`InputError` with a line.

    Refuses files over :data:`MAX_FILE_BYTES`, non-UTF-8 bytes and a UTF-8 BOM (TOML forbids
    it), and turns the errors Python 3.11's tomllib raises besides ``TOMLDecodeError`` (a
    ``RecursionError`` for very deep nesting, a ``ValueError`` for huge integers) into messages.
    """
    name = label or str(path)
    return parse_toml(read_limited(path, MAX_FILE_BYTES, name), name)


def parse_toml(raw: bytes, name: str) -> tuple[dict[str, Any], str]:
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(name, f"file is larger than the limit of {MAX_FILE_BYTES} bytes")
    if raw.startswith(b"\xef\xbb\xbf"):
        raise InputError(name, "starts with a UTF-8 byte order mark (BOM); save it without", 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        byte_line = raw.count(b"\n", 0, err.start) + 1
        raise InputError(
            name, f"not UTF-8: invalid byte at offset {err.start}", byte_line
        ) from None
    import tomllib  # (when first needed: the app's first frame reads no TOML)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        message = str(err)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        line: int | None = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message)
        message = re.sub(r"\s*\(at end of document\)", " (at the end of the file)", message)
        raise InputError(name, f"TOML syntax error: {message}", line) from None
    except RecursionError:
        raise InputError(name, "TOML nesting is too deep") from None
    except ValueError as err:
        what = one_line(str(err)).split(":")[0]  # not Python's advice on its own limits
        raise InputError(name, f"TOML value out of range: {what[:120]}") from None
    return data, text
