"""`operator-desk demo`: a database a newcomer can click through at once.

Idempotent: what exists (by script name, button title, role name, user name) is left
as it is, so running it twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from desktop.demo.settings import DEMO_ACCOUNTS, demo_buttons, demo_roles
from desktop.domain.passwords import hash_password
from desktop.domain.roles import SUPERVISOR_ROLE_NAME, SeatPlan, User
from desktop.services.accounts import DEMO_META_KEY
from desktop.storage.database import Database
from desktop.storage.repositories import (
    ButtonRepository,
    CallRepository,
    PlanRepository,
    RoleRepository,
    ScriptRepository,
    UserRepository,
)
from desktop.storage.repositories.common import utcnow


@dataclass
class DemoSummary:
    added: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.added[what] = self.added.get(what, 0) + 1

    @property
    def anything_added(self) -> bool:
        return any(self.added.values())


def install_demo(db: Database) -> DemoSummary:
    """Fill the (migrated) database with demo scripts, buttons, roles, users, CRM and calls."""
    # Here, not at the top: the login window reads the demo accounts from this package
    # and should not wait for the script layout (networkx) to load.
    from desktop.crm.demo import seed_demo_crm
    from desktop.demo.calls import demo_calls
    from desktop.demo.scripts import demo_scripts

    summary = DemoSummary()
    with db.transaction() as session:
        scripts, buttons = ScriptRepository(session), ButtonRepository(session)
        roles, users = RoleRepository(session), UserRepository(session)
        for script in demo_scripts():
            if scripts.find_id(script.name) is None:
                scripts.add(script)
                scripts.publish(script.id, by=None, note="demo")
                summary.count("scripts")
        for button in demo_buttons():
            if buttons.find_id(button.title) is None:
                buttons.save(button)
                summary.count("buttons")
        role_ids: dict[str, int] = {}
        for role, button_titles, script_names in demo_roles():
            existing = roles.system_role() if role.is_system else None
            existing_id = existing.id if existing else roles.find_id(role.name)
            if existing_id is None:
                role.button_ids = [buttons.find_id(t) for t in button_titles]
                role.script_ids = [scripts.find_id(n) for n in script_names]
                roles.save(role)
                existing_id = role.id
                summary.count("roles")
            role_ids[role.name] = existing_id
        plan = PlanRepository(session)
        state = plan.get()
        if state.plan is SeatPlan.FREE:
            state.plan = SeatPlan.TEAM  # three demo users need more than the free plan's two
            plan.save(state)
        has_admin = any(u.administrator for u in users.list())
        for account in DEMO_ACCOUNTS:
            if users.by_username(account.username) is None:
                administrator = account.role_name == SUPERVISOR_ROLE_NAME and not has_admin
                users.save(User(account.username, account.display_name,
                                role_ids[account.role_name], hash_password(account.password),
                                administrator=administrator))
                has_admin = has_admin or administrator
                summary.count("users")
        session.flush()
    crm = seed_demo_crm(db.engine)
    if crm.added:
        summary.added.update({"CRM companies": crm.companies, "CRM contacts": crm.contacts,
                              "CRM leads": crm.leads, "CRM deals": crm.deals})
    with db.transaction() as session:
        calls = CallRepository(session)
        if not calls.recent(None, 1):
            now = utcnow() - timedelta(minutes=5)
            for call in demo_calls(session, now):
                calls.save(call)
                summary.count("calls")
    db.set_meta(DEMO_META_KEY, "1")
    return summary
