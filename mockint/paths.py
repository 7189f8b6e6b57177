"""Where mockint keeps its files.

Every path is computed when asked for, never at import time. ``MOCKINT_HOME`` overrides them all
(tests and portable use): data under ``$MOCKINT_HOME/data``, config under ``$MOCKINT_HOME/config``.
Otherwise the platform's user data and config folders (platformdirs) are used.

Every file and folder mockint makes goes through the three helpers at the end, so answers,
recordings and banks stay private: a folder mockint creates (and each missing parent, as the XDG
spec asks) is 0700, a file it writes is 0600 (an existing file loses group and other access, never
gains any). A folder that already exists is the user's: its mode is left as it is, and when mockint
cannot write in it that is reported (a one-line ``PermissionError`` naming it), never "fixed".
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO

APP_NAME = "mockint"
HOME_ENV = "MOCKINT_HOME"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "data"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_bank_dir() -> Path:
    return data_dir() / "banks"


def database_file() -> Path:
    return data_dir() / "history.sqlite3"


def recordings_dir() -> Path:
    return data_dir() / "recordings"


def exports_dir() -> Path:
    return data_dir() / "exports"


def ui_state_file() -> Path:
    """Remembered UI choices (last bank, answer mode, input device...)."""
    return config_dir() / "ui-state.json"


def builtin_bank_dir() -> Path:
    """The banks shipped with mockint: inside the wheel, or the repository's folder in a checkout."""
    packaged = Path(__file__).resolve().parent / "_builtin_banks"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "question_banks"


def _check_writable(folder: Path) -> None:
    """A ``PermissionError`` naming ``folder`` and its mode when this user cannot write in it."""
    effective = os.access in os.supports_effective_ids  # tests drop to another user with seteuid
    if os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        return
    mode = stat.S_IMODE(folder.stat().st_mode)
    raise PermissionError(
        errno.EACCES,
        f"permission denied: mockint cannot write in {folder} (mode {mode:04o}; "
        "mockint leaves the mode of an existing folder to you)",
        str(folder),
    )


def ensure_private_dir(path: Path) -> Path:
    """``path`` as a folder mockint can write in: created 0700 with each missing parent if needed.

    A folder that exists is left as it is; :func:`_check_writable` reports one mockint cannot use.
    """
    missing = []
    existing = path
    while not existing.is_dir():
        missing.append(existing)
        if existing.parent == existing:
            break
        existing = existing.parent
    if missing:
        _check_writable(existing)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not folder.is_dir():  # a file (or a broken link) where the folder should be
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder)) from None
            continue  # another mockint made it meanwhile: it is as that one left it
        os.chmod(folder, PRIVATE_DIR_MODE)  # ours: undo what an unusual umask took away
    if not missing:
        _check_writable(path)
    return path


def _tighten(fd: int) -> None:
    """Take group and other access away from an open file; never add any."""
    mode = stat.S_IMODE(os.fstat(fd).st_mode)
    if mode & ~PRIVATE_FILE_MODE:
        os.fchmod(fd, mode & PRIVATE_FILE_MODE)


def open_private_file(path: Path, *, truncate: bool = True) -> BinaryIO:
    """``path`` opened for writing in binary, created 0600 (an existing file is tightened to 0600
    or less). ``truncate=False`` keeps what it holds (a database). The folder must exist."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if truncate else 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        _tighten(fd)
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def write_private_file(path: Path, data: str | bytes) -> Path:
    """Write ``data`` atomically to ``path`` with mode 0600 (a crash never leaves half a file).

    A missing parent folder is created 0700; an existing one (say, the user's Desktop) is left as
    it is.
    """
    ensure_private_dir(path.parent)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def locations() -> dict[str, Path]:
    """Everything ``mockint locate`` prints."""
    return {
        "data": data_dir(),
        "config": config_file(),
        "database": database_file(),
        "user banks": user_bank_dir(),
        "built-in banks": builtin_bank_dir(),
        "recordings": recordings_dir(),
        "exports": exports_dir(),
    }
