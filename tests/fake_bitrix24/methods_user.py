"""Who the webhook is and whom the portal has: ``profile``, ``scope``, ``user.get``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tests.fake_bitrix24.listing import list_rows
from tests.fake_bitrix24.rest import Page, arg, as_bool, as_mapping
from tests.fake_bitrix24.state import PortalState

__all__ = ["HANDLERS"]

_USER_KEYS = ("ID", "NAME", "LAST_NAME", "EMAIL", "ACTIVE")


def profile(state: PortalState, params: Mapping[str, Any]) -> dict[str, Any]:
    user = state.users.get(state.user_id, {"NAME": "", "LAST_NAME": ""})
    return {"ID": state.user_id, "ADMIN": state.user_id in state.admins,
            "NAME": user["NAME"], "LAST_NAME": user["LAST_NAME"]}


def scope(state: PortalState, params: Mapping[str, Any]) -> list[str]:
    return list(state.scopes)


def user_get(state: PortalState, params: Mapping[str, Any]) -> Page:
    """Filter keys go in ``FILTER`` or at the top level; ``sort``/``order`` name the order."""
    conditions = as_mapping(arg(params, "filter"))
    conditions.update({key: value for key, value in params.items()
                       if str(key).upper().lstrip("!@=<>%") in _USER_KEYS})
    order = {str(arg(params, "sort") or "ID"): str(arg(params, "order") or "ASC")}
    return list_rows(list(state.users.values()),
                     {"filter": conditions, "order": order, "start": arg(params, "start")},
                     default_order={"ID": "ASC"}, filter_value=_user_value)


def _user_value(name: str, wanted: Any) -> Any:
    return as_bool(wanted) if name.upper() == "ACTIVE" else wanted


HANDLERS: dict[str, Callable[[PortalState, Mapping[str, Any]], Any]] = {
    "profile": profile,
    "scope": scope,
    "user.get": user_get,
}
