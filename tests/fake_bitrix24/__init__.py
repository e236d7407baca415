"""A fake Bitrix24 portal for tests and manual runs: dict-backed, speaking REST over HTTP.

Point the real client at :meth:`FakeBitrix24.transport` (httpx, in-process) or
:meth:`FakeBitrix24.serve` (loopback); inject trouble with ``fake.faults.add(Fault...)``;
read what arrived in ``fake.requests`` and ``fake.limit_violations``.
"""

from tests.fake_bitrix24.dispatch import RequestRecord
from tests.fake_bitrix24.faults import Fault
from tests.fake_bitrix24.portal import FakeBitrix24

__all__ = ["FakeBitrix24", "Fault", "RequestRecord"]
