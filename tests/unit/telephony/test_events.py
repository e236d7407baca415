"""Call events survive the trip through a socket or a command line, and junk is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.telephony.events import SOURCE_AMI, SOURCE_CLI, CallEvent, EventKind


def test_an_event_is_one_json_line_and_reads_back_equal():
    event = CallEvent(EventKind.INCOMING, "+79991234567", SOURCE_AMI,
                      datetime(2024, 3, 1, 9, 30, 15, 250000, tzinfo=UTC), ref="1700.36")
    text = event.to_json()
    assert "\n" not in text
    assert json.loads(text) == {"kind": "incoming", "number": "+79991234567", "source": "ami",
                                "at": "2024-03-01T09:30:15.250000+00:00", "ref": "1700.36"}
    assert CallEvent.from_json(text) == event


@given(kind=st.sampled_from(EventKind), number=st.text(max_size=40),
       source=st.text(max_size=20), ref=st.text(max_size=40),
       at=st.datetimes(timezones=st.just(UTC)))
def test_any_event_round_trips_on_a_single_line(kind, number, source, ref, at):
    event = CallEvent(kind, number, source, at, ref)
    text = event.to_json()
    assert "\n" not in text and "\r" not in text
    assert CallEvent.from_json(text) == event


def test_defaults_are_a_softphone_event_happening_now():
    before = datetime.now(UTC)
    event = CallEvent.from_json('{"kind": "end", "number": "+79991234567"}')
    assert event.kind is EventKind.END and event.source == SOURCE_CLI and event.ref == ""
    assert before <= event.at <= datetime.now(UTC)


def test_a_kind_given_as_text_becomes_the_enum():
    assert CallEvent("outgoing", "+79991234567").kind is EventKind.OUTGOING  # type: ignore[arg-type]


def test_time_zones_are_kept():
    moscow = timezone(timedelta(hours=3))
    event = CallEvent.from_json(
        '{"kind": "incoming", "number": "1", "at": "2024-03-01T12:00:00+03:00"}')
    assert event.at == datetime(2024, 3, 1, 12, tzinfo=moscow)


@pytest.mark.parametrize(("text", "says"), [
    ("", "JSON object"),
    ("[1, 2]", "JSON object"),
    ('{"kind": "ringing", "number": "1"}', "kind must be one of: incoming, outgoing, end"),
    ('{"number": "1"}', "kind must be one of"),
    ('{"kind": "incoming"}', "number must be a short text"),
    ('{"kind": "incoming", "number": 79991234567}', "number must be a short text"),
    ('{"kind": "incoming", "number": "1", "at": "yesterday"}', "ISO 8601"),
    ('{"kind": "incoming", "number": "1", "at": "2024-03-01T12:00:00"}', "time zone"),
    ('{"kind": "incoming", "number": "1", "source": ["cli"]}', "source must be"),
    ('{"kind": "end", "number": "' + "9" * 500 + '"}', "number must be a short text"),
])
def test_a_bad_event_is_refused_with_what_is_wrong(text: str, says: str):
    with pytest.raises(ValueError, match=says):
        CallEvent.from_json(text)


def test_an_event_needs_a_time_zone():
    with pytest.raises(ValueError, match="time zone"):
        CallEvent(EventKind.END, "+79991234567", at=datetime(2024, 3, 1, 12))
