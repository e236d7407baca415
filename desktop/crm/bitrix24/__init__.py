"""Bitrix24 over REST: the second :class:`~desktop.crm.gateway.CrmGateway`.

``webhook`` reads the portal's incoming-webhook address and keeps its secret out of
logs; ``client`` is the thin HTTP client (rate limit, error mapping, ``batch``);
``gateway`` maps the app's CRM protocol onto Bitrix24's methods.
"""
