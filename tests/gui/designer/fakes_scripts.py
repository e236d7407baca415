"""An in-memory ScriptService with the real one's shape, for the Scripts tab tests.

Scripts are real domain ``Script`` objects and the errors are the service's own;
roles are names mapped to script ids, so a test states exactly which roles use which
script. Every call is recorded in ``calls``; ``fail_with`` makes the next call fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.domain.script import Script
from desktop.services.scripts import NameTakenError, ScriptInfo, ScriptInUseError
from desktop.storage.errors import ConflictError, NotFoundError

MOMENT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class _Stored:
    script: Script
    published_number: int | None = None
    unpublished: bool = True


@dataclass
class FakeScripts:
    stored: dict[int, _Stored] = field(default_factory=dict)
    roles: dict[str, list[int]] = field(default_factory=dict)  # role name -> script ids
    calls: list[tuple] = field(default_factory=list)
    fail_with: Exception | None = None  # raised by the next call, once
    _next_id: int = 1

    def add(self, name: str, description: str = "", steps: int = 0,
            published: int | None = None, unpublished: bool = False) -> int:
        script = Script(name, description)
        for i in range(steps):
            script.add_step(f"Шаг {i + 1}")
        return self._insert(script, published, unpublished if published else True)

    def _insert(self, script: Script, published: int | None, unpublished: bool) -> int:
        script.id, script.version = self._next_id, 1
        self._next_id += 1
        self.stored[script.id] = _Stored(script, published, unpublished)
        return script.id

    def _check(self, *call: object) -> None:
        self.calls.append(call)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error

    def _require(self, script_id: int) -> _Stored:
        if script_id not in self.stored:
            raise NotFoundError("script", script_id)
        return self.stored[script_id]

    def _roles_of(self, script_id: int) -> list[str]:
        return sorted(name for name, ids in self.roles.items() if script_id in ids)

    # ---- the service's methods -----------------------------------------------------
    def list(self) -> list[ScriptInfo]:
        self._check("list")
        return sorted((ScriptInfo(s.script.id, s.script.name, s.script.description,
                                  len(s.script), s.script.version, s.published_number,
                                  s.unpublished, self._roles_of(s.script.id), MOMENT)
                       for s in self.stored.values()), key=lambda i: (i.name, i.id))

    def get(self, script_id: int) -> Script:
        self._check("get", script_id)
        return self._require(script_id).script.copy()

    def _require_free(self, name: str, own_id: int | None = None) -> None:
        key = name.strip().casefold()
        if any(s.script.name.casefold() == key for i, s in self.stored.items() if i != own_id):
            raise NameTakenError(name)

    def create(self, name: str, description: str = "") -> Script:
        self._check("create", name, description)
        self._require_free(name)
        script = Script(name, description)
        script.add_step("Приветствие")
        self._insert(script, None, True)
        return script.copy()

    def save(self, script: Script) -> Script:
        self._check("save", script.id)
        stored = self._require(script.id)
        if stored.script.version != script.version:
            raise ConflictError("script", stored.script.name)
        self._require_free(script.name, script.id)
        saved = script.copy()
        saved.id, saved.version = script.id, script.version + 1
        stored.script, stored.unpublished = saved, True
        return saved.copy()

    def duplicate(self, script_id: int) -> Script:
        self._check("duplicate", script_id)
        original = self._require(script_id).script.copy()
        original.name = f"{original.name} (копия)"
        self._insert(original, None, True)
        return original.copy()

    def delete(self, script_id: int, *, remove_from_roles: bool = False) -> None:
        self._check("delete", script_id, remove_from_roles)
        stored = self._require(script_id)
        users = self._roles_of(script_id)
        if users and not remove_from_roles:
            raise ScriptInUseError(stored.script.name, users)
        for ids in self.roles.values():
            if script_id in ids:
                ids.remove(script_id)
        del self.stored[script_id]
