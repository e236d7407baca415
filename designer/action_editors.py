"""One small form per action kind of a result button.

Each editor shows one action (``set_action``), says when it changes (``changed``)
and gives back the action as the domain stores it (``action()``). Rules about what
may be saved stay in the domain (``ActionButton.validate``); the editors only show,
as the supervisor types, what the domain's readers already reject: an unknown
variable, an unreadable deadline, a status not chosen yet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from designer.deadline_edit import Clock, DeadlineEdit
from designer.template_edit import TemplateField, VariableCatalog
from desktop.crm.gateway import Pipeline, Status
from desktop.domain.buttons import (
    Action,
    ActionKind,
    CallbackAction,
    CommentAction,
    DealStageAction,
    LeadStatusAction,
    MeetingAction,
    TaskAction,
)
from desktop.ui.i18n import Retranslatable

OPERATOR = "operator"  # TaskAction.responsible: whoever takes the call


@dataclass
class EditorContext:
    """What the editors choose from: template variables and the CRM's vocabulary."""

    catalog: VariableCatalog = field(default_factory=lambda: VariableCatalog.build([]))
    statuses: list[Status] = field(default_factory=list)
    pipelines: list[Pipeline] = field(default_factory=list)
    clock: Clock | None = None


class ActionEditor(Retranslatable, QWidget):
    """Base of the per-kind forms: a form layout, ``changed``, ``action()``."""

    kind: ActionKind
    changed = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: list[QLabel] = []
        self.checks: list[Callable[[], bool]] = []  # each True while its input is wrong

    def row(self, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        self.labels.append(label)
        return label

    def template_field(self, single_line: bool = True) -> TemplateField:
        made = TemplateField(single_line)
        made.set_catalog(self.context.catalog)
        made.changed.connect(self.changed)
        self.checks.append(made.has_problem)
        return made

    def deadline_field(self) -> DeadlineEdit:
        made = DeadlineEdit(self.context.clock) if self.context.clock else DeadlineEdit()
        made.changed.connect(self.changed)
        self.checks.append(lambda: bool(made.error()))
        return made

    def has_problem(self) -> bool:
        """Whether an input shows something the button's validation would refuse."""
        return any(check() for check in self.checks)

    def note(self, object_name: str = "hint") -> QLabel:
        label = QLabel(objectName=object_name, wordWrap=True)
        self.form.addRow(None, label)
        return label

    def set_action(self, action: Action) -> None:
        raise NotImplementedError

    def action(self) -> Action:
        raise NotImplementedError


class CommentEditor(ActionEditor):
    kind = ActionKind.COMMENT

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.text = self.template_field(single_line=False)
        self.text_label = self.row(self.text)
        self.hint = self.note()
        self.text.changed.connect(self._update_hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.text_label.setText(self.tr("Text:"))
        self.text.set_placeholder(self.tr("Empty: the operator types the comment"))
        self._update_hint()

    def _update_hint(self) -> None:
        self.hint.setText(
            self.tr("Left empty, the operator types the comment when pressing the button.")
            if not self.text.template().strip() else
            self.tr("Added to the client's timeline as written, with the variables filled in."))

    def set_action(self, action: Action) -> None:
        assert isinstance(action, CommentAction)
        self.text.set_template(action.template)

    def action(self) -> CommentAction:
        return CommentAction(self.text.template())


class CallbackEditor(ActionEditor):
    kind = ActionKind.CALLBACK

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.deadline = self.deadline_field()
        self.deadline_label = self.row(self.deadline)
        self.add_rows()
        self.title = self.template_field()
        self.title_label = self.row(self.title)
        self.hint = self.note()
        self.retranslate()

    def add_rows(self) -> None:
        """Rows a subclass puts between the time and the title."""

    def retranslate(self) -> None:
        self.deadline_label.setText(self.tr("When:"))
        self.title_label.setText(self.tr("Title:"))
        self.title.set_placeholder(self.tr("Optional, e.g. Call back: {{contact.NAME}}"))
        self.hint.setText(self.tr("The operator may change the time before the callback "
                                  "is created."))

    def set_action(self, action: Action) -> None:
        assert isinstance(action, CallbackAction)
        self.deadline.set_template(action.deadline_template)
        self.title.set_template(action.title_template)

    def action(self) -> CallbackAction:
        return CallbackAction(self.deadline.template(), self.title.template())


class MeetingEditor(CallbackEditor):
    kind = ActionKind.MEETING

    def add_rows(self) -> None:
        self.duration = QSpinBox(objectName="meetingDuration")
        self.duration.setRange(5, 8 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setMaximumWidth(140)
        self.duration.setMinimumHeight(self.deadline.combo.sizeHint().height())
        self.duration.valueChanged.connect(lambda _value: self.changed.emit())
        self.duration_label = self.row(self.duration)

    def retranslate(self) -> None:
        super().retranslate()
        self.duration_label.setText(self.tr("Duration:"))
        self.duration.setSuffix(self.tr(" min"))
        self.title.set_placeholder(self.tr("Optional, e.g. Meeting with {{contact.NAME}}"))
        self.hint.setText(self.tr("The operator may change the date and time before the "
                                  "meeting is created."))

    def set_action(self, action: Action) -> None:
        assert isinstance(action, MeetingAction)
        self.deadline.set_template(action.deadline_template)
        self.title.set_template(action.title_template)
        self.duration.setValue(action.duration_minutes)

    def action(self) -> MeetingAction:  # type: ignore[override]
        return MeetingAction(self.deadline.template(), self.title.template(),
                             self.duration.value())


class TaskEditor(ActionEditor):
    kind = ActionKind.TASK

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = self.template_field()
        self.title_label = self.row(self.title)
        self.description = self.template_field(single_line=False)
        self.description_label = self.row(self.description)
        self.deadline = self.deadline_field()
        self.deadline_label = self.row(self.deadline)
        self.responsible = QComboBox(objectName="taskResponsible")
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.addItem("", OPERATOR)
        self.responsible.editTextChanged.connect(lambda _text: self.changed.emit())
        self.responsible_label = self.row(self.responsible)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Title:"))
        self.description_label.setText(self.tr("Description:"))
        self.deadline_label.setText(self.tr("Deadline:"))
        self.responsible_label.setText(self.tr("Responsible:"))
        self.title.set_placeholder(self.tr("e.g. Send the offer to {{contact.NAME}}"))
        self.description.set_placeholder(self.tr("What to do, for whoever gets the task"))
        operator_text = self.operator_text()
        shown_operator = self.responsible.currentText() == self.responsible.itemText(0)
        self.responsible.setItemText(0, operator_text)
        if shown_operator:
            self.responsible.setEditText(operator_text)
        self.responsible.setToolTip(self.tr("The operator who takes the call, or type a "
                                            "user's name"))

    def operator_text(self) -> str:
        return self.tr("The operator who takes the call")

    def set_action(self, action: Action) -> None:
        assert isinstance(action, TaskAction)
        self.title.set_template(action.title_template)
        self.description.set_template(action.description_template)
        self.deadline.set_template(action.deadline_template)
        if action.responsible in ("", OPERATOR):
            self.responsible.setCurrentIndex(0)
            self.responsible.setEditText(self.operator_text())
        else:
            self.responsible.setEditText(action.responsible)

    def action(self) -> TaskAction:
        text = self.responsible.currentText().strip()
        responsible = OPERATOR if text in ("", self.operator_text()) else text
        return TaskAction(self.title.template(), self.description.template(),
                          self.deadline.template(), responsible)


class ChoiceEditor(ActionEditor):
    """Base of the fixed-target editors: a combo whose empty choice says «Choose…»."""

    def choice_combo(self, object_name: str) -> QComboBox:
        combo = QComboBox(objectName=object_name)
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.checks.append(lambda: combo.currentData() in ("", None))
        return combo

    @staticmethod
    def select(combo: QComboBox, value: object, missing_text: str) -> None:
        """Select ``value``; one the CRM no longer has is kept, and shown as missing."""
        index = combo.findData(value)
        if index < 0 and value not in ("", None):
            combo.addItem(missing_text, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def fill(combo: QComboBox, placeholder: str, items: Sequence[tuple[str, object]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(placeholder, "")
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(keep) if keep not in ("", None) else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)


class LeadStatusEditor(ChoiceEditor):
    kind = ActionKind.LEAD_STATUS

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status = self.choice_combo("leadStatus")
        self.status.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.status_label = self.row(self.status)
        self.hint = self.note()
        self.retranslate()

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("Status:"))
        self.fill(self.status, self.tr("Choose a status…"),
                  [(s.name, s.id) for s in sorted(self.context.statuses, key=lambda s: s.sort)])
        self.hint.setText(self.tr("Set on press; the operator cannot change it.")
                          if self.context.statuses else
                          self.tr("The CRM has no lead statuses to choose from."))

    def set_action(self, action: Action) -> None:
        assert isinstance(action, LeadStatusAction)
        self.select(self.status, action.status_id,
                    self.tr("%1 (not in the CRM)").replace("%1", action.status_id))

    def action(self) -> LeadStatusAction:
        return LeadStatusAction(str(self.status.currentData() or ""))


class DealStageEditor(ChoiceEditor):
    kind = ActionKind.DEAL_STAGE

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pipeline = self.choice_combo("dealPipeline")
        self.stage = self.choice_combo("dealStage")
        self.pipeline_label = self.row(self.pipeline)
        self.stage_label = self.row(self.stage)
        self.hint = self.note()
        self.pipeline.currentIndexChanged.connect(lambda _index: self._fill_stages())
        self.stage.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.retranslate()

    def pipelines(self) -> list[Pipeline]:
        return sorted(self.context.pipelines, key=lambda p: (p.sort, p.id))

    def retranslate(self) -> None:
        self.pipeline_label.setText(self.tr("Pipeline:"))
        self.stage_label.setText(self.tr("Stage:"))
        pipelines = self.pipelines()
        if self.pipeline.count() == 0 and pipelines:
            default = next((p for p in pipelines if p.is_default), pipelines[0])
            for line in pipelines:
                self.pipeline.addItem(line.name, line.id)
            self.pipeline.setCurrentIndex(max(self.pipeline.findData(default.id), 0))
        self._fill_stages()
        self.hint.setText(self.tr("The deal moves to this stage on press; the operator "
                                  "cannot change it.") if pipelines else
                          self.tr("The CRM has no deal pipelines to choose from."))

    def _fill_stages(self) -> None:
        line = next((p for p in self.context.pipelines if p.id == self.pipeline.currentData()),
                    None)
        stages = sorted(line.stages, key=lambda s: s.sort) if line else []
        self.fill(self.stage, self.tr("Choose a stage…"), [(s.name, s.id) for s in stages])
        self.changed.emit()

    def set_action(self, action: Action) -> None:
        assert isinstance(action, DealStageAction)
        self.select(self.pipeline, action.category_id,
                    self.tr("Pipeline %1 (not in the CRM)").replace("%1", str(action.category_id)))
        self._fill_stages()
        self.select(self.stage, action.stage_id,
                    self.tr("%1 (not in the CRM)").replace("%1", action.stage_id))

    def action(self) -> DealStageAction:
        category = self.pipeline.currentData()
        return DealStageAction(str(self.stage.currentData() or ""),
                               int(category) if category is not None else 0)


EDITORS: dict[ActionKind, type[ActionEditor]] = {
    ActionKind.COMMENT: CommentEditor,
    ActionKind.CALLBACK: CallbackEditor,
    ActionKind.TASK: TaskEditor,
    ActionKind.MEETING: MeetingEditor,
    ActionKind.LEAD_STATUS: LeadStatusEditor,
    ActionKind.DEAL_STAGE: DealStageEditor,
}


def editor_for(action: Action, context: EditorContext) -> ActionEditor:
    editor = EDITORS[action.kind](context)
    editor.set_action(action)
    return editor
