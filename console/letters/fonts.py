"""The shipped fonts (``resources/fonts``), registered with reportlab once per process.

Vietnamese official documents are set in Times New Roman (Nghị định 30/2020/NĐ-CP, Phụ lục I);
Liberation Serif has its metrics and covers every Vietnamese letter in all four styles.
reportlab's own base fonts lack ~100 Vietnamese glyphs and must never be used for letters.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SERIF = "LetterSerif"
SERIF_BOLD = "LetterSerif-Bold"
SERIF_ITALIC = "LetterSerif-Italic"
SERIF_BOLD_ITALIC = "LetterSerif-BoldItalic"
SANS = "LetterSans"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
}


def fonts_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the TTFs (idempotent; parsing them costs ~20 ms, paid once)."""
    for name, file in _FILES.items():
        path = fonts_dir() / file
        if not path.is_file():
            raise FileNotFoundError(f"Thiếu phông chữ {path} (cần cho văn bản trả lời)")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b>/<i> inside a Paragraph pick the matching face.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)


@functools.lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """Width in points; cached: headers, mottos and signatures repeat in every letter."""
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)
