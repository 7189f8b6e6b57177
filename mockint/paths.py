"""Where mockint keeps its files.

Every path is computed when asked for, never at import time. ``MOCKINT_HOME`` overrides them all
(tests and portable use): data under ``$MOCKINT_HOME/data``, config under ``$MOCKINT_HOME/config``.
Otherwise the platform's user data and config folders (platformdirs) are used.
Folders are created 0700 and files written 0600: answers and recordings are private.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    os.chmod(path, PRIVATE_DIR_MODE)
    return path


def write_private_file(path: Path, data: str | bytes) -> Path:
    """Write ``data`` atomically to ``path`` with mode 0600 (a crash never leaves half a file).

    A missing parent folder is created 0700; an existing one (say, the user's Desktop) is left as
    it is.
    """
    if not path.parent.exists():
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
