"""The Bitrix24 HTTP client: webhook addresses, rate limit, error mapping and retries.

The portal here is a small httpx handler per test; the full fake portal is exercised
by the gateway and contract tests.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs

import httpx
import pytest

from desktop.crm.bitrix24.client import (
    Bitrix24Client,
    RestAuthError,
    RestRejected,
    RestUnavailable,
    php_query,
)
from desktop.crm.bitrix24.connection import Outcome, check_connection
from desktop.crm.bitrix24.ratelimit import LeakyBucket
from desktop.crm.bitrix24.webhook import WebhookError, parse_webhook

SECRET = "s3cr3tw3bh00k"
URL = f"https://acme.bitrix24.ru/rest/7/{SECRET}/"


class Clock:
    """Time that passes only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(handler, clock: Clock | None = None, **kwargs) -> Bitrix24Client:
    clock = clock or Clock()
    return Bitrix24Client(parse_webhook(URL), transport=httpx.MockTransport(handler),
                          clock=clock, sleep=clock.sleep, **kwargs)


def ok(result, **extra) -> httpx.Response:
    return httpx.Response(200, json={"result": result, "time": {}, **extra})


def error(status: int, code: str, text: str = "", **extra) -> httpx.Response:
    return httpx.Response(status, json={"error": code, "error_description": text, **extra})


# ---- webhook addresses -------------------------------------------------------------------
def test_webhook_address_is_read_and_its_secret_kept_out_of_sight():
    hook = parse_webhook("  " + URL + "crm.lead.list.json ")
    assert (hook.portal, hook.user_id, hook.secret) == ("acme.bitrix24.ru", "7", SECRET)
    assert hook.method_url("profile") == URL + "profile.json"
    assert SECRET not in repr(hook) and SECRET not in hook.public_url and hook.label == hook.portal
    assert parse_webhook("acme.bitrix24.ru/rest/7/" + SECRET).scheme == "https"
    assert parse_webhook(f"http://127.0.0.1:8024/rest/1/{SECRET}/").portal == "127.0.0.1:8024"


@pytest.mark.parametrize("text", [
    "", "https://acme.bitrix24.ru/", "https://acme.bitrix24.ru/rest/7/",
    "https://acme.bitrix24.ru/rest/admin/secret123/", f"http://acme.bitrix24.ru/rest/7/{SECRET}/",
    "ftp://acme/rest/7/secret123/", "https://acme.bitrix24.ru/rest/7/a b/"])
def test_a_text_that_is_not_a_webhook_is_refused_in_one_sentence(text):
    with pytest.raises(WebhookError) as caught:
        parse_webhook(text)
    assert str(caught.value).endswith(".") and SECRET not in str(caught.value)


# ---- rate limit --------------------------------------------------------------------------
def test_leaky_bucket_lets_a_burst_through_then_drains_at_the_rate():
    clock = Clock()
    bucket = LeakyBucket(2.0, 5, clock=clock, sleep=clock.sleep)
    assert [bucket.acquire() for _ in range(5)] == [0.0] * 5
    start = clock.now
    for _ in range(10):
        bucket.acquire()
    assert clock.now - start == pytest.approx(5.0, abs=0.05)  # 10 more at 2 per second


def test_requests_wait_for_the_bucket_and_never_exceed_it():
    clock = Clock()
    arrivals: list[float] = []

    def handler(request):
        arrivals.append(clock.now)
        return ok(True)

    client = client_for(handler, clock, rate=2.0, burst=3)
    for _ in range(9):
        client.call("profile")
    # at any moment, requests in the last window never exceed burst + rate * window
    for i, start in enumerate(arrivals):
        later = [t for t in arrivals[i:] if t - start <= 1.0]
        assert len(later) <= 3 + 2
    assert arrivals[-1] - arrivals[0] >= 2.9


# ---- calls, lists and batch --------------------------------------------------------------
def test_call_posts_json_to_the_method_and_lists_follow_next():
    seen = []

    def handler(request):
        body = json.loads(request.content)
        seen.append((request.url.path, body.get("start")))
        start = body["start"]
        page = list(range(start, min(start + 50, 120)))
        extra = {"total": 120, **({"next": start + 50} if start + 50 < 120 else {})}
        return ok(page, **extra)

    client = client_for(handler)
    assert client.list_all("crm.status.list", {"filter": {"ENTITY_ID": "STATUS"}}) \
        == list(range(120))
    assert seen == [(f"/rest/7/{SECRET}/crm.status.list.json", s) for s in (0, 50, 100)]
    assert client.requests_sent == 3


def test_batch_encodes_commands_like_php_and_reports_errors_per_command():
    def handler(request):
        cmd = json.loads(request.content)["cmd"]
        assert cmd["one"] == "crm.item.get?entityTypeId=3&id=5"
        query = parse_qs(cmd["two"].split("?", 1)[1])
        assert query == {"filter[ENTITY_ID]": ["STATUS"], "values[0]": ["+7 999"],
                         "values[1]": ["8999"]}
        return ok({"result": {"one": {"item": {"id": 5}}},
                   "result_error": {"two": {"error": "NOT_FOUND", "error_description": "нет"}},
                   "result_total": [], "result_next": []})

    reply = client_for(handler).batch({
        "one": ("crm.item.get", {"entityTypeId": 3, "id": 5}),
        "two": ("crm.status.list", {"filter": {"ENTITY_ID": "STATUS"},
                                    "values": ["+7 999", "8999"]})})
    assert reply.results == {"one": {"item": {"id": 5}}}
    assert reply.errors["two"].code == "NOT_FOUND"
    with pytest.raises(ValueError):
        client_for(handler).batch({str(i): ("profile", {}) for i in range(51)})


def test_php_query_matches_http_build_query():
    assert php_query({"a": {"b": [1, 2]}, "c": True, "d": None, "e": "x y&z"}) == \
        "a[b][0]=1&a[b][1]=2&c=1&d=&e=x%20y%26z"


# ---- faults ------------------------------------------------------------------------------
def test_query_limit_is_retried_with_backoff_then_succeeds():
    answers = [error(503, "QUERY_LIMIT_EXCEEDED", "Too many requests")] * 2 + [ok("fine")]
    clock = Clock()
    client = client_for(lambda request: answers.pop(0), clock)
    assert client.call("crm.timeline.comment.add", {"fields": {}}).result == "fine"
    assert clock.sleeps[:2] == [0.5, 1.0]


def test_operation_time_limit_waits_until_its_reset(monkeypatch):
    monkeypatch.setattr("desktop.crm.bitrix24.client.time.time", lambda: 5000.0)
    answers = [error(429, "OPERATION_TIME_LIMIT", "blocked",
                     time={"operating_reset_at": 5003.0}), ok(1)]
    clock = Clock()
    assert client_for(lambda r: answers.pop(0), clock).call("crm.item.list").result == 1
    assert sum(clock.sleeps) == pytest.approx(3.0, abs=0.01)
    far = [error(429, "OPERATION_TIME_LIMIT", "", time={"operating_reset_at": 5600.0})]
    with pytest.raises(RestUnavailable) as caught:
        client_for(lambda r: far[0]).call("crm.item.list")
    assert caught.value.code == "OPERATION_TIME_LIMIT"


def test_a_lost_answer_is_retried_for_reads_but_not_for_writes():
    calls = []

    def handler(request):
        calls.append(request.url.path.rsplit("/", 1)[-1])
        raise httpx.ReadTimeout("timed out", request=request)

    client = client_for(handler, retries=2)
    with pytest.raises(RestUnavailable):
        client.call("crm.item.get", {"id": 1})
    assert calls.count("crm.item.get.json") == 3
    with pytest.raises(RestUnavailable) as caught:
        client.call("crm.timeline.comment.add", {"fields": {}})
    assert calls.count("crm.timeline.comment.add.json") == 1 and caught.value.maybe_applied
    server = [error(500, "INTERNAL_SERVER_ERROR", "oops")]
    with pytest.raises(RestUnavailable):
        client_for(lambda r: server[0], retries=2).call("crm.item.add", {})


def test_a_refused_connection_is_retried_even_for_writes():
    answers: list = [httpx.ConnectError("refused"), ok(42)]

    def handler(request):
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert client_for(handler).call("crm.timeline.comment.add").result == 42


@pytest.mark.parametrize(("status", "code", "kind"), [
    (401, "INVALID_CREDENTIALS", RestAuthError), (401, "insufficient_scope", RestRejected),
    (403, "ACCESS_DENIED", RestRejected), (400, "CRM_FIELD_NOT_FOUND", RestRejected),
    (503, "QUERY_LIMIT_EXCEEDED", RestUnavailable)])
def test_errors_are_mapped_to_what_the_caller_can_do(status, code, kind):
    client = client_for(lambda r: error(status, code, "words"), retries=0)
    with pytest.raises(kind) as caught:
        client.call("crm.item.update", {})
    assert caught.value.code == code and SECRET not in str(caught.value)


def test_expired_token_refreshes_and_replays_once():
    class TokenAuth:
        portal = "acme.bitrix24.ru"

        def __init__(self):
            self.token, self.refreshed = "old", 0

        def method_url(self, method):
            return f"https://{self.portal}/rest/{method}.json"

        def params(self):
            return {"auth": self.token}

        def refresh(self):
            self.refreshed += 1
            self.token = "new"
            return True

        def secrets(self):
            return (self.token,)

    auth = TokenAuth()

    def handler(request):
        if json.loads(request.content)["auth"] == "old":
            return error(401, "expired_token", "The access token provided has expired.")
        return ok("done")

    client = Bitrix24Client(auth, transport=httpx.MockTransport(handler))
    assert client.call("crm.timeline.comment.add").result == "done" and auth.refreshed == 1


def test_the_secret_never_reaches_a_log_line(caplog):
    caplog.set_level(logging.DEBUG)
    client = client_for(lambda r: ok(True))
    client.call("profile")
    with pytest.raises(RestAuthError):
        client_for(lambda r: error(401, "INVALID_CREDENTIALS")).call("profile")
    assert "/rest/7/***/profile.json" in caplog.text  # httpx logs the request, masked
    assert SECRET not in caplog.text


def test_check_connection_names_portal_user_and_missing_scopes():
    def handler(request):
        return ok({"result": {"profile": {"ID": "7", "NAME": "Ирина", "LAST_NAME": "Петрова"},
                              "scope": ["crm", "user"]}, "result_error": []})

    report = check_connection(parse_webhook(URL), transport=httpx.MockTransport(handler))
    assert report.outcome is Outcome.MISSING_SCOPES and report.missing_scopes == ("task",)
    assert (report.portal, report.user_name) == ("acme.bitrix24.ru", "Ирина Петрова (ID 7)")
    bad = check_connection(parse_webhook(URL), transport=httpx.MockTransport(
        lambda r: error(401, "INVALID_CREDENTIALS", "Invalid request credentials")))
    assert bad.outcome is Outcome.BAD_WEBHOOK

    def down(request):
        raise httpx.ConnectError("no route")

    assert check_connection(parse_webhook(URL), transport=httpx.MockTransport(down)).outcome \
        is Outcome.UNREACHABLE
