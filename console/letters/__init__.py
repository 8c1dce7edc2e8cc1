"""Printable reply letters: official answers to field reports as Vietnamese công văn (PDF).

    data = letter_data_for(session, "TN-2026-000123", profile=profile)
    pdf = render_letter(data, load_template(profile.key))

No Qt here: the app previews and prints the bytes; the command line writes them to a file.
"""

from console.letters.data import LetterData, LetterError, Org, letter_data_for, shown
from console.letters.render import compose, date_line, render_letter, render_letters
from console.letters.templates import (
    LetterTemplate,
    TemplateError,
    list_templates,
    load_template,
    load_template_file,
)

__all__ = [
    "LetterData",
    "LetterError",
    "LetterTemplate",
    "Org",
    "TemplateError",
    "compose",
    "date_line",
    "letter_data_for",
    "list_templates",
    "load_template",
    "load_template_file",
    "render_letter",
    "render_letters",
    "shown",
]
