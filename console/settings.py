"""User settings, declared once with their defaults, kept as TOML in the config directory.

Only plain values live here (database URL, profile, language). Secrets never do: the
"remember me" token goes to the OS keyring.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from console.db import APP_NAME as APP_NAME  # the screens name their folders by it too

SETTINGS_VERSION = 1


@dataclass
class Settings:
    database_url: str = ""  # empty: the embedded SQLite default (or the server below)
    # "embedded" (the SQLite file) or "server" (the province's PostgreSQL below); the server's
    # password is in the OS keyring, or asked at each start where there is none, never here.
    connection: str = "embedded"
    server_host: str = ""
    server_port: int = 5432
    server_database: str = ""
    server_user: str = ""
    profile: str = "thai-nguyen"
    language: str = "vi"
    last_username: str = ""
    version: int = SETTINGS_VERSION


def settings_path() -> Path:
    override = os.environ.get("CONSOLE_SETTINGS")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        # A damaged settings file must not stop the hotline: fall back to the defaults.
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {
        k: v for k, v in raw.items() if k in known and isinstance(v, type(getattr(Settings, k)))
    }
    return Settings(**values)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{k} = {_toml_value(v)}\n" for k, v in asdict(settings).items())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(path)  # atomic: a crash leaves the old file or the new one, never half
