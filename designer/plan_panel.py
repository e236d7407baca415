"""The seat plan at the top of the Roles tab: the plan in force, seats in use, the date it
is paid until, and — when a paid plan has lapsed — who kept access.

Actions: change the plan, mark the paid plan lapsed (asks first, then says who was
chosen at random to keep working), renew. The random choice takes an injectable
``random.Random`` so a test can seed it; the service records whom it chose.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from designer import roster_errors
from designer.tab_widgets import SERVICE_ERRORS, DialogHost, ErrorReporter
from desktop.domain.roles import SeatPlan
from desktop.ui.i18n import Retranslatable
from desktop.ui.widgets import ErrorLine, set_style_flag

if TYPE_CHECKING:
    from desktop.domain.roles import User
    from desktop.services.users import PlanInfo, UserInfo, UserService

InfoReporter = Callable[[str, str], None]  # (title, text)
STYLE = """
QFrame#planPanel { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QLabel#planName { font-size: 12pt; font-weight: 600; color: #0f172a; }
QLabel#planSeats { font-weight: 600; color: #334155; }
QProgressBar#seatBar { border: none; background: #e2e8f0; border-radius: 3px; }
QProgressBar#seatBar::chunk { background: #2563eb; border-radius: 3px; }
QProgressBar#seatBar[full="true"]::chunk { background: #d97706; }
QLabel#lapsedBanner { color: #7c2d12; background: #fff7ed; border: 1px solid #fdba74;
    border-radius: 4px; padding: 8px 10px; }
"""


def end_of_day(date: QDate) -> datetime:
    """The last second of ``date`` in local time: a plan paid until a day covers all of it."""
    return datetime.combine(date.toPython(), time(23, 59, 59)).astimezone()


def format_date(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return QLocale().toString(QDate(local.year, local.month, local.day),
                              QLocale.FormatType.ShortFormat)


def plan_name(plan: SeatPlan) -> str:
    names = {SeatPlan.FREE: QCoreApplication.translate("PlanPanel", "Free — up to 2 users"),
             SeatPlan.TEAM: QCoreApplication.translate("PlanPanel", "Team — up to 7 users"),
             SeatPlan.UNLIMITED: QCoreApplication.translate("PlanPanel", "Unlimited")}
    return names[plan]


class PlanDialog(Retranslatable, QDialog):
    """Chooses a plan and the date it is paid until; used to change and to renew.

    ``save(plan, paid_until)`` applies it; a refusal (more active users than the plan
    allows) stays in the dialog.
    """

    def __init__(self, parent: QWidget | None, info: PlanInfo,
                 save: Callable[[SeatPlan, datetime | None], object], renewing: bool) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.info, self.save, self.renewing = info, save, renewing
        self.heading = QLabel(objectName="pageTitle")
        self.text = QLabel(objectName="hint", wordWrap=True)
        self.group = QButtonGroup(self)
        self.choices: dict[SeatPlan, QRadioButton] = {}
        for plan in SeatPlan:
            button = QRadioButton(objectName=f"plan_{plan.value}")
            self.group.addButton(button)
            self.choices[plan] = button
        self.choices[info.plan].setChecked(True)
        self.paid_label = QLabel()
        self.paid_until = QDateEdit(objectName="paidUntil", calendarPopup=True)
        self.paid_label.setBuddy(self.paid_until)
        today = QDate.currentDate()
        self.paid_until.setMinimumDate(today)
        current = info.paid_until
        start = (QDate(current.year, current.month, current.day) if current and not renewing
                 else today.addMonths(1))
        self.paid_until.setDate(max(start, today))
        self.error = ErrorLine()
        self.ok_button = QPushButton(objectName="primaryButton")
        self.ok_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.buttonToggled.connect(lambda *_: self._update())
        paid = QHBoxLayout()
        paid.addWidget(self.paid_label)
        paid.addWidget(self.paid_until)
        paid.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addSpacing(4)
        layout.addLayout(paid)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setFixedWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        title = self.tr("Renew the plan") if self.renewing else self.tr("Change plan")
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.text.setText(self.tr("Everyone the lapse blocked gets their role back, as far as "
                                  "the plan's seats allow.") if self.renewing
                          else self.tr("The plan limits how many users are active at once. "
                                       "Seats in use now: %1.").replace(
                              "%1", str(self.info.seats_in_use)))
        for plan, button in self.choices.items():
            button.setText(plan_name(plan))
        self.paid_label.setText(self.tr("&Paid until:"))
        self.ok_button.setText(self.tr("Renew") if self.renewing else self.tr("Apply"))
        self._update()

    def chosen(self) -> SeatPlan:
        return next(p for p, b in self.choices.items() if b.isChecked())

    def _update(self) -> None:
        self.error.clear_error()
        self.paid_until.setEnabled(self.chosen() is not SeatPlan.FREE)

    def accept(self) -> None:
        plan = self.chosen()
        paid_until = None if plan is SeatPlan.FREE else end_of_day(self.paid_until.date())
        try:
            self.save(plan, paid_until)
        except SERVICE_ERRORS as exc:
            self.error.show_error(roster_errors.describe(exc))
            return
        super().accept()


class LapseDialog(QMessageBox):
    """Asks before marking the paid plan lapsed, saying who keeps working."""

    def __init__(self, parent: QWidget | None, admin: str, others: int) -> None:
        super().__init__(parent)
        self.setObjectName("lapseDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWindowTitle(self.tr("Paid plan lapsed"))
        self.setText(self.tr("Mark the paid plan as lapsed?"))
        self.setInformativeText(self.tr(
            "Only %1 (administers the app) and one other user chosen at random keep working. "
            "The other active users (%2) are blocked until the plan is renewed. Nothing is "
            "deleted, and the choice is recorded.").replace("%1", admin).replace(
            "%2", str(max(others - 1, 0))))
        self.lapse_button = self.addButton(self.tr("Payment stopped"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.lapse_button


class PlanPanel(Retranslatable, DialogHost, QFrame):
    """``changed`` is emitted after every plan change, so the tab reloads the users."""

    changed = Signal()

    def __init__(self, users: UserService, report_error: ErrorReporter,
                 report_info: InfoReporter, rng: random.Random | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.setStyleSheet(STYLE)
        self.users, self.rng = users, rng
        self.report_error, self.report_info = report_error, report_info
        self.info: PlanInfo | None = None
        self.user_rows: list[UserInfo] = []
        self.caption = QLabel(objectName="hint")
        self.name = QLabel(objectName="planName")
        self.seats = QLabel(objectName="planSeats")
        self.bar = QProgressBar(objectName="seatBar", textVisible=False)
        self.bar.setFixedHeight(6)
        self.bar.setFixedWidth(220)
        self.paid = QLabel(objectName="hint")
        self.change_button = QPushButton(objectName="changePlan")
        self.lapse_button = QPushButton(objectName="lapsePlan")
        self.renew_button = QPushButton(objectName="renewPlan")
        self.change_button.clicked.connect(self.change_plan)
        self.lapse_button.clicked.connect(self.mark_lapsed)
        self.renew_button.clicked.connect(self.renew)
        self.banner = QLabel(objectName="lapsedBanner", wordWrap=True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        facts = QGridLayout()
        facts.setHorizontalSpacing(28)
        facts.setVerticalSpacing(4)
        caption = QHBoxLayout()
        caption.setSpacing(6)
        caption.addWidget(self.caption)
        caption.addWidget(self.paid)
        caption.addStretch(1)
        facts.addLayout(caption, 0, 0)
        facts.addWidget(self.name, 1, 0)
        seats = QVBoxLayout()
        seats.setSpacing(6)
        seats.addWidget(self.seats)
        seats.addWidget(self.bar)
        facts.addLayout(seats, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addLayout(facts)
        row.addStretch(1)
        for button in (self.change_button, self.lapse_button, self.renew_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.banner)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Plan") + "  ·")
        self.change_button.setText(self.tr("Change plan…"))
        self.lapse_button.setText(self.tr("Payment stopped…"))
        self.renew_button.setText(self.tr("Renew…"))
        self._show()

    # ---- data ---------------------------------------------------------------------
    def set_data(self, info: PlanInfo, users: Sequence[UserInfo]) -> None:
        self.info, self.user_rows = info, list(users)
        self._show()

    def administrator_name(self) -> str:
        rows = [r for r in self.user_rows if r.user.administrator] or self.user_rows
        return rows[0].user.display_name if rows else ""

    def _show(self) -> None:
        info = self.info
        if info is None:
            return
        self.name.setText(plan_name(info.plan) + (self.tr(" (lapsed)") if info.lapsed else ""))
        limit = info.seat_limit
        if limit is None:
            self.seats.setText(self.tr("Seats in use: %1 (no limit)").replace(
                "%1", str(info.seats_in_use)))
        else:
            self.seats.setText(self.tr("Seats in use: %1 of %2").replace(
                "%1", str(info.seats_in_use)).replace("%2", str(limit)))
        self.bar.setRange(0, max(limit or info.seats_in_use, 1))
        self.bar.setValue(min(info.seats_in_use, self.bar.maximum()))
        set_style_flag(self.bar, "full", limit is not None and info.seats_in_use >= limit)
        if info.plan is SeatPlan.FREE:
            self.paid.setText(self.tr("Free: never lapses"))
        elif info.paid_until is not None:
            self.paid.setText((self.tr("Was paid until %1") if info.lapsed
                               else self.tr("Paid until %1")).replace(
                "%1", format_date(info.paid_until)))
        else:
            self.paid.setText(self.tr("Payment date not set"))
        self._show_banner(info)
        paid = info.plan is not SeatPlan.FREE
        self.change_button.setEnabled(not info.lapsed)
        self.change_button.setToolTip(self.tr("Renew the plan instead: the renewal chooses "
                                              "the plan too.") if info.lapsed
                                      else self.tr("Choose the plan and the date it is paid "
                                                   "until"))
        self.lapse_button.setVisible(not info.lapsed)
        self.lapse_button.setEnabled(paid)
        self.lapse_button.setToolTip(
            self.tr("When payment stops: only the administering supervisor and one user "
                    "chosen at random keep working") if paid
            else self.tr("The free plan never lapses."))
        self.renew_button.setVisible(info.lapsed)
        self.renew_button.setObjectName("primaryButton" if info.lapsed else "renewPlan")
        self.renew_button.style().unpolish(self.renew_button)  # the new name's look
        self.renew_button.style().polish(self.renew_button)
        self.renew_button.setToolTip(self.tr("Pay again: everyone blocked by the lapse gets "
                                             "their role back"))

    def _show_banner(self, info: PlanInfo) -> None:
        if not info.lapsed:
            self.banner.hide()
            return
        blocked = sum(1 for r in self.user_rows if r.state == "blocked_by_plan")
        kept = (self.tr("%1 (administers the app) and %2 (chosen at random)").replace(
            "%1", self.administrator_name()).replace("%2", info.kept_user_name)
            if info.kept_user_name
            else self.tr("%1 (administers the app)").replace("%1", self.administrator_name()))
        self.banner.setText(self.tr(
            "The paid plan has lapsed. Access kept: %1. Blocked until renewal: %2. Nothing "
            "was deleted; renewing gives everyone their role back.").replace(
            "%1", kept).replace("%2", str(blocked)))
        self.banner.show()

    # ---- actions ------------------------------------------------------------------
    def change_plan(self) -> None:
        if self.info is None or self.info.lapsed:
            return
        self.open_dialog(PlanDialog(self, self.info, self._set_plan, renewing=False))

    def _set_plan(self, plan: SeatPlan, paid_until: datetime | None) -> None:
        self.users.set_plan(plan, paid_until)
        self.changed.emit()

    def renew(self) -> None:
        if self.info is None:
            return
        self.open_dialog(PlanDialog(self, self.info, self._renew, renewing=True))

    def _renew(self, plan: SeatPlan, paid_until: datetime | None) -> None:
        self.users.renew(plan, paid_until)
        self.changed.emit()

    def mark_lapsed(self) -> None:
        if self.info is None or self.info.lapsed or self.info.plan is SeatPlan.FREE:
            return
        active = sum(1 for r in self.user_rows if r.state == "active")
        dialog = LapseDialog(self, self.administrator_name(), active - 1)
        dialog.finished.connect(lambda _result: dialog.confirmed() and self.lapse())
        self.open_dialog(dialog)

    def lapse(self) -> None:
        """Mark the plan lapsed now (``mark_lapsed`` asks first), then say who kept
        access."""
        try:
            kept = self.users.lapse(rng=self.rng)
        except SERVICE_ERRORS as exc:
            self.report_error(self.tr("Could not mark the plan lapsed"),
                              roster_errors.describe(exc))
            self.changed.emit()
            return
        self.changed.emit()
        self.report_info(self.tr("Paid plan lapsed"), self.kept_text(kept))

    def kept_text(self, kept: User | None) -> str:
        admin = self.administrator_name()
        if kept is None:
            return self.tr("Only %1 keeps working: there was nobody else to choose.").replace(
                "%1", admin)
        return self.tr("%1 keeps working as the administering supervisor, and %2 was chosen "
                       "at random to keep their role. Everyone else is blocked until the "
                       "plan is renewed.").replace("%1", admin).replace(
            "%2", kept.display_name)
