"""Lead statuses and deal pipelines an embedded CRM starts with, as Bitrix24 ships them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm.gateway import Pipeline, Semantics, Stage, Status
from desktop.crm.models import CrmLeadStatus, CrmPipeline, CrmStage

_S, _F = Semantics.SUCCESS, Semantics.FAILURE

DEFAULT_LEAD_STATUSES = (
    Status("NEW", "Не обработан", 10),
    Status("IN_PROCESS", "В работе", 20),
    Status("PROCESSED", "Обработан", 30),
    Status("CONVERTED", "Качественный лид", 40, _S),
    Status("JUNK", "Некачественный лид", 50, _F),
)

GENERAL_PIPELINE_ID = 0


def pipeline(pipeline_id: int, name: str, sort: int, stages: Iterable[tuple[str, str]],
             *, is_default: bool = False) -> Pipeline:
    """A pipeline from (code, name) pairs in order; ``WON`` succeeds and ``LOSE`` fails.

    Stage IDs of pipelines other than the general one get Bitrix24's ``C<id>:`` prefix.
    """
    prefix = "" if pipeline_id == GENERAL_PIPELINE_ID else f"C{pipeline_id}:"
    built = []
    for index, (code, stage_name) in enumerate(stages, start=1):
        semantics = {"WON": _S, "LOSE": _F}.get(code, Semantics.PROCESS)
        built.append(Stage(prefix + code, stage_name, index * 10, pipeline_id, semantics))
    return Pipeline(pipeline_id, name, sort, tuple(built), is_default)


GENERAL_PIPELINE = pipeline(GENERAL_PIPELINE_ID, "Продажи", 10, (
    ("NEW", "Новая"),
    ("PREPARATION", "Подготовка документов"),
    ("PREPAYMENT_INVOICE", "Счёт на предоплату"),
    ("EXECUTING", "В работе"),
    ("FINAL_INVOICE", "Финальный счёт"),
    ("WON", "Сделка успешна"),
    ("LOSE", "Сделка провалена"),
), is_default=True)


def install_vocabulary(
    session: Session, statuses: Iterable[Status] = (), pipelines: Iterable[Pipeline] = (),
) -> int:
    """Add the statuses, pipelines and stages the database lacks; returns how many.

    Existing ones are left as they are: a supervisor may have renamed them.
    """
    have_statuses = set(session.scalars(select(CrmLeadStatus.status_id)))
    have_pipelines = set(session.scalars(select(CrmPipeline.id)))
    have_stages = set(session.scalars(select(CrmStage.stage_id)))
    added = 0
    for status in statuses:
        if status.id not in have_statuses:
            session.add(CrmLeadStatus(status_id=status.id, name=status.name, sort=status.sort,
                                      semantics=status.semantics.value))
            added += 1
    for line in pipelines:
        if line.id not in have_pipelines:
            session.add(CrmPipeline(id=line.id, name=line.name, sort=line.sort,
                                    is_default=line.is_default))
            added += 1
        session.flush()  # stages refer to their pipeline
        for stage in line.stages:
            if stage.id not in have_stages:
                session.add(CrmStage(stage_id=stage.id, pipeline_id=line.id, name=stage.name,
                                     sort=stage.sort, semantics=stage.semantics.value))
                added += 1
    session.flush()
    return added
