"""Icons, translations, the style sheets of a few widgets (``ui/style.py``).

``path(name)`` finds a file shipped here.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
