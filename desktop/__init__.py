"""Operator Desk: the operator's desktop for teams that sell and support by phone."""

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("operator-desk")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata when first asked for: reading it
    loads importlib.metadata, which the first window does not wait for."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'desktop' has no attribute {name!r}")
