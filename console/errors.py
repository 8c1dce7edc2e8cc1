"""Errors about a data file, shared by the profile and letter-template loaders."""

from __future__ import annotations

from typing import Any


class LocatedError(ValueError):
    """``"<file name>: <dotted key>: <problem>"``: what is wrong, and exactly where."""

    def __init__(self, file: str, key: str, problem: str) -> None:
        super().__init__(f"{file}: {key}: {problem}")
        self.file, self.key, self.problem = file, key, problem

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across processes
        return (type(self), (self.file, self.key, self.problem))
