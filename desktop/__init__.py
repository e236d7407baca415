"""Operator Desk: the operator's desktop for teams that sell and support by phone."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("operator-desk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
