"""Typed errors for edits and states the domain refuses. Messages are for people."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""


class ScriptError(DomainError):
    """An edit that cannot be applied to a script."""


class UnknownStepError(ScriptError):
    def __init__(self, step_id: str) -> None:
        super().__init__(f"There is no step «{step_id}» in this script.")
        self.step_id = step_id


class SelfLinkError(ScriptError):
    def __init__(self, step_id: str) -> None:
        super().__init__("A step cannot lead to itself.")
        self.step_id = step_id


class DuplicateLinkError(ScriptError):
    def __init__(self, source: str, target: str) -> None:
        super().__init__("These steps are already linked.")
        self.source, self.target = source, target


class UnknownLinkError(ScriptError):
    def __init__(self, source: str, target: str) -> None:
        super().__init__("These steps are not linked.")
        self.source, self.target = source, target


class DuplicateStepError(ScriptError):
    def __init__(self, step_id: str) -> None:
        super().__init__(f"A step «{step_id}» already exists in this script.")
        self.step_id = step_id


class DuplicateFieldError(ScriptError):
    def __init__(self, field: str) -> None:
        super().__init__(f"The field {field} is already on this step.")
        self.field = field


class UnknownFieldError(ScriptError):
    def __init__(self, field: str) -> None:
        super().__init__(f"The field {field} is not on this step.")
        self.field = field


class UnsavedScriptError(ScriptError, ValueError):
    """Publishing needs a stored draft: a version must point at its script's id."""

    def __init__(self, script_name: str) -> None:
        super().__init__(f"Save the script «{script_name}» before publishing it.")
        self.script_name = script_name


class NotPublishedError(DomainError):
    def __init__(self, script_name: str) -> None:
        super().__init__(f"The script «{script_name}» has no published version yet.")


class TemplateError(DomainError):
    """A template cannot be read or rendered."""


class UnknownVariableError(TemplateError):
    def __init__(self, names: list[str]) -> None:
        shown = ", ".join("{{" + n + "}}" for n in names)
        super().__init__(f"Unknown variable: {shown}." if len(names) == 1
                         else f"Unknown variables: {shown}.")
        self.names = names


class ButtonError(DomainError):
    """A result button that cannot work as configured."""


class RosterError(DomainError):
    """A change to users, roles or the seat plan that would break a rule."""


class SeatLimitError(RosterError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            f"The plan allows {limit} active users; block someone or upgrade the plan first."
        )
        self.limit = limit


class LastSupervisorError(RosterError):
    def __init__(self) -> None:
        super().__init__("At least one active user must keep the Supervisor role.")


class SystemRoleError(RosterError):
    def __init__(self) -> None:
        super().__init__("The Supervisor role is the system role and cannot be deleted.")


class CallStateError(DomainError):
    def __init__(self, state: str, action: str) -> None:
        super().__init__(f"Cannot {action} a call that is {state}.")
        self.state, self.action = state, action
