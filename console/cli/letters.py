"""Command line: ``letter CODE -o file.pdf`` and ``letters --published-from … --to … -o batch.pdf``;
for a report harmful to a reputation ``harm-letter CODE -o file.pdf`` (Đắk Lắk Bước 2.3, Tiền
Giang Điều 4.6) and ``harm-list --month YYYY-MM -o list.pdf`` (Đắk Lắk Bước 4.1).

``add_commands(subparsers, common_parent)`` adds both to the console's parser; the command
functions take the parsed arguments (``args.db`` and ``args.profile`` may be absent) and return the
exit code. Every user error raises ``LetterError`` with one Vietnamese line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from console.cli.terminal import Parser
from console.db import open_db
from console.letters.batch import batch_letters
from console.letters.data import LetterError, letter_data_for
from console.letters.render import render_letter
from console.letters.templates import load_template
from console.services.provision import choose_profile


def add_commands(subparsers: argparse._SubParsersAction[Parser], common_parent: Parser) -> None:
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
    harm = subparsers.add_parser(
        "harm-letter",
        parents=[common_parent],
        help="write the letter about a report harmful to a reputation (to the district "
        "People's Committee, or to the agency and its parent body)",
    )
    harm.add_argument("code", help="report code, e.g. DL-2026-000123")
    harm.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the PDF to write, e.g. harm.pdf"
    )
    harm.add_argument("--number", type=int, help="the register number (default: left blank)")
    harm.add_argument("--signer", default="", help="the signer's full name")
    harm.add_argument("--date", help="the letter's date, YYYY-MM-DD (default: today)")
    listing = subparsers.add_parser(
        "harm-list",
        parents=[common_parent],
        help="write the month's list of reports harmful to a reputation, to the province",
    )
    listing.add_argument(
        "--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-03"
    )
    listing.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the PDF to write, e.g. list.pdf"
    )
    listing.add_argument("--number", type=int, help="the register number (default: left blank)")
    listing.add_argument("--date", help="the report's date, YYYY-MM-DD (default: today)")


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
            "{option}: ngày “{text}” không hợp lệ (viết YYYY-MM-DD, ví dụ 2026-03-05)",
            option=option,
            text=text,
        ) from None


def _write(path: str, pdf: bytes) -> Path:
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pdf)
    except OSError as exc:
        raise LetterError(
            "Không ghi được tệp {path}: {error}", path=out, error=exc.strerror or exc
        ) from exc
    return out


def cmd_letter(args: argparse.Namespace) -> int:
    day = parse_day(getattr(args, "date", None), "--date")
    if getattr(args, "number", None) is not None and args.number <= 0:
        raise LetterError(
            "--number: số văn bản phải là số dương (được {number})", number=args.number
        )
    with open_db(args) as db:
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
    print(f"Đã ghi văn bản trả lời phản ánh {data.code} vào {out}")
    return 0


def cmd_letters(args: argparse.Namespace) -> int:
    first = parse_day(args.published_from, "--published-from")
    last = parse_day(args.to, "--to")
    assert first is not None and last is not None
    if first > last:
        raise LetterError(
            "--published-from {first:%d/%m/%Y} sau --to {last:%d/%m/%Y}", first=first, last=last
        )
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        from tqdm import tqdm

        with tqdm(unit=" văn bản", file=sys.stderr) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            batch = batch_letters(db, profile, first, last, public=args.public, progress=progress)
        out = _write(args.output, batch.pdf)
    for reason in batch.skipped:
        print(f"Bỏ qua: {reason}", file=sys.stderr)
    extra = f" (bỏ qua {len(batch.skipped)} phản ánh)" if batch.skipped else ""
    print(f"Đã ghi {batch.letters} văn bản trả lời vào {out}{extra}")
    return 0


def _number(args: argparse.Namespace) -> int | None:
    number = getattr(args, "number", None)
    if number is not None and number <= 0:
        raise LetterError("--number: số văn bản phải là số dương (được {number})", number=number)
    return number


def parse_month(text: str) -> date:
    try:
        year, month = (int(x) for x in text.strip().split("-"))
        return date(year, month, 1)
    except ValueError:
        raise LetterError(
            "--month: tháng “{text}” không hợp lệ (viết YYYY-MM, ví dụ 2026-03)", text=text
        ) from None


def cmd_harm_letter(args: argparse.Namespace) -> int:
    from console.letters.harm import harm_letter_pdf

    day = parse_day(getattr(args, "date", None), "--date")
    number = _number(args)
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        with db.session() as s:
            pdf = harm_letter_pdf(
                s,
                profile,
                args.code,
                today=day,
                number=number,
                signer=getattr(args, "signer", "") or "",
            )
        out = _write(args.output, pdf)
    print(f"Đã ghi văn bản về phản ánh {args.code.strip().upper()} vào {out}")
    return 0


def cmd_harm_list(args: argparse.Namespace) -> int:
    from console.letters.harm_list import render_harm_list
    from console.timeutil import now_local

    month = parse_month(args.month)
    day = parse_day(getattr(args, "date", None), "--date") or now_local().date()
    number = _number(args)
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        with db.session() as s:
            pdf, count = render_harm_list(
                s, profile, load_template(profile.key), month, today=day, number=number
            )
        out = _write(args.output, pdf)
    print(
        f"Đã ghi danh sách {count} phản ánh ảnh hưởng uy tín tháng "
        f"{month.month}/{month.year} vào {out}"
    )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "letter": cmd_letter,
    "letters": cmd_letters,
    "harm-letter": cmd_harm_letter,
    "harm-list": cmd_harm_list,
}
