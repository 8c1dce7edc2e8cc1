"""Command line: ``letter CODE -o file.pdf`` and ``letters --published-from … --to … -o batch.pdf``.

``add_commands(subparsers, common_parent)`` adds both to the console's parser; the command
functions take the parsed arguments (``args.db`` and ``args.profile`` may be absent) and return the
exit code. Every user error raises ``LetterError`` with one Vietnamese line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from console.db import Database
from console.letters.data import LetterError, letter_data_for
from console.letters.render import render_letter, render_letters
from console.letters.templates import load_template
from console.models import Report, Result
from console.services.provision import choose_profile


def add_commands(
    subparsers: argparse._SubParsersAction, common_parent: argparse.ArgumentParser
) -> None:
    one = subparsers.add_parser(
        "letter", parents=[common_parent], help="write one report's reply letter as a PDF"
    )
    one.add_argument("code", help="report code, e.g. TN-2026-000123")
    _output_options(one, "letter.pdf")
    one.add_argument("--number", type=int, help="the register number (default: left blank)")
    one.add_argument("--signer", default="", help="the signer's full name")
    one.add_argument("--date", help="the letter's date, YYYY-MM-DD (default: today)")
    many = subparsers.add_parser(
        "letters",
        parents=[common_parent],
        help="write the letters of every report answered in a period into one PDF",
    )
    many.add_argument(
        "--published-from",
        required=True,
        metavar="YYYY-MM-DD",
        help="first day (answers published on or after it)",
    )
    many.add_argument("--to", required=True, metavar="YYYY-MM-DD", help="last day, included")
    _output_options(many, "batch.pdf")


def _output_options(parser: argparse.ArgumentParser, example: str) -> None:
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=f"the PDF to write, e.g. {example}"
    )
    parser.add_argument(
        "--public",
        action="store_true",
        help="copy for publication: '(Đã ký)', no name of a confidential reporter",
    )


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise LetterError(
            f"{option}: ngày “{text}” không hợp lệ (viết YYYY-MM-DD, ví dụ 2026-03-05)"
        ) from None


def _write(path: str, pdf: bytes) -> Path:
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except OSError as exc:
        raise LetterError(f"Không ghi được tệp {out}: {exc.strerror or exc}") from exc
    return out


def cmd_letter(args: argparse.Namespace) -> int:
    day = parse_day(getattr(args, "date", None), "--date")
    if getattr(args, "number", None) is not None and args.number <= 0:
        raise LetterError(f"--number: số văn bản phải là số dương (được {args.number})")
    db = Database(getattr(args, "db", None))
    try:
        profile = choose_profile(db, getattr(args, "profile", None))
        template = load_template(profile.key)
        with db.session() as s:
            data = letter_data_for(
                s,
                args.code,
                profile=profile,
                today=day,
                public=args.public,
                number=getattr(args, "number", None),
                signer=getattr(args, "signer", "") or "",
            )
        out = _write(args.output, render_letter(data, template))
    finally:
        db.close()
    print(f"Đã ghi văn bản trả lời phản ánh {data.code} vào {out}")
    return 0


def published_codes(db: Database, first: date, last: date) -> list[str]:
    """Codes of the reports whose answer was published in [first, last], in that order."""
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(1), time())
    with db.session() as s:
        return list(
            s.scalars(
                select(Report.code)
                .where(Report.published_at >= start, Report.published_at < end)
                .where(
                    Report.id.in_(
                        select(Result.report_id).where(Result.published_text.is_not(None))
                    )
                )
                .order_by(Report.published_at, Report.code)
            )
        )


def cmd_letters(args: argparse.Namespace) -> int:
    first = parse_day(args.published_from, "--published-from")
    last = parse_day(args.to, "--to")
    assert first is not None and last is not None
    if first > last:
        raise LetterError(f"--published-from {first:%d/%m/%Y} sau --to {last:%d/%m/%Y}")
    db = Database(getattr(args, "db", None))
    try:
        profile = choose_profile(db, getattr(args, "profile", None))
        template = load_template(profile.key)
        codes = published_codes(db, first, last)
        if not codes:
            raise LetterError(
                f"Không có phản ánh nào được trả lời từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}"
            )
        items, skipped = [], []
        with db.session() as s:
            for code in codes:  # a copy for publication skips the answers sent privately
                try:
                    data = letter_data_for(s, code, profile=profile, public=args.public)
                except LetterError as exc:
                    skipped.append(str(exc))
                    continue
                items.append((data, template))
        for reason in skipped:
            print(f"Bỏ qua: {reason}", file=sys.stderr)
        if not items:
            raise LetterError(f"Không có văn bản nào để in ({len(skipped)} phản ánh bị bỏ qua)")
        from tqdm import tqdm

        with tqdm(
            total=len(items), unit=" văn bản", disable=len(items) < 200, file=sys.stderr
        ) as bar:
            out = _write(args.output, render_letters(items, progress=bar.update))
    finally:
        db.close()
    extra = f" (bỏ qua {len(skipped)} phản ánh)" if skipped else ""
    print(f"Đã ghi {len(items)} văn bản trả lời vào {out}{extra}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "letter": cmd_letter,
    "letters": cmd_letters,
}
