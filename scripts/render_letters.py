"""Render sample reply letters of every profile to PNG (docs/letters/) for a look by eye.

    python scripts/render_letters.py          # pdftoppm: apt-get install poppler-utils

Every variant of every profile's template (answer, rejected, redirected, and Tiền Giang's
hotline answer), a copy for publication of a confidential reporter's answer, a 3-page answer,
and for a report harmful to a reputation the letter (Đắk Lắk to the district's UBND, Tiền Giang
to the agency and its parent body) and Đắk Lắk's monthly list to the province.
With --pdf the PDFs are kept next to the PNGs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from console.letters import load_template, render_letter
from console.letters.harm import render_harm_letter
from console.letters.harm_list import harm_list_pdf
from console.letters.samples import sample_data, sample_harm, sample_harm_rows
from console.profiles import list_profiles, load_profile

OUT = Path(__file__).resolve().parent.parent / "docs" / "letters"
SIGNER = "Lê Minh Tuấn"
LONG_TEXT = "\n".join(
    f"{i}. Tại km {i + 2}+300, đơn vị đã kiểm tra, đo đạc và lập biên bản hiện trạng; yêu cầu "
    "nhà thầu thi công khắc phục ngay các hư hỏng mặt đường, hoàn trả rãnh thoát nước, bổ sung "
    "biển báo, đèn cảnh báo ban đêm và rào chắn bảo đảm an toàn cho người, phương tiện."
    for i in range(1, 21)
)


def samples() -> list[tuple[str, bytes]]:
    out = []
    for key in list_profiles():
        profile = load_profile(key)
        template = load_template(key)
        for variant in template.variants:
            # Thái Nguyên's answers are signed by the leader who approved them (sample_data's
            # approver); IOC letters by a made-up deputy director.
            by_handler = variant == "answer" and template.answer_issuer == "handler"
            data = sample_data(profile, variant, signer="" if by_handler else SIGNER)
            out.append((f"{key}-{variant}", render_letter(data, template)))
        if profile.publication["confidential_reporter"] == "public":  # not Thái Nguyên (10.3)
            public = sample_data(profile, confidential=True, public=True, signer=SIGNER)
            out.append((f"{key}-answer-public-confidential", render_letter(public, template)))
    for key in list_profiles():
        profile, template = load_profile(key), load_template(key)
        if template.harm is not None:
            harm = sample_harm(profile)
            if template.harm.to == "handler":  # Tiền Giang: a sở, its parent body the UBND
                harm = sample_harm(
                    profile,
                    recipient="Sở Y tế tỉnh Tiền Giang",
                    recipient_short="Sở Y tế",
                    parent_body="Ủy ban nhân dân tỉnh Tiền Giang",
                )
            out.append((f"{key}-harm", render_harm_letter(harm, template)))
        if template.harm_list is not None:
            ioc = sample_harm(profile).ioc
            out.append(
                (
                    f"{key}-harm-list",
                    harm_list_pdf(
                        sample_harm_rows(),
                        ioc,
                        profile,
                        template,
                        date(2026, 3, 1),
                        today=date(2026, 4, 2),
                        number=4,
                    ),
                )
            )
    tn = load_profile("thai-nguyen")
    long = sample_data(tn, text=LONG_TEXT, honorific="Bà", reporter_name="Phạm Thị Ánh Tuyết")
    out.append(("thai-nguyen-answer-long", render_letter(long, load_template("thai-nguyen"))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pdf", action="store_true", help="keep the PDFs too")
    ap.add_argument("--dpi", type=int, default=80)
    args = ap.parse_args()
    if shutil.which("pdftoppm") is None:
        print("Cần pdftoppm: apt-get install poppler-utils", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for name, pdf in samples():
            src = Path(tmp) / f"{name}.pdf"
            src.write_bytes(pdf)
            subprocess.run(
                ["pdftoppm", "-r", str(args.dpi), "-png", str(src), str(OUT / name)], check=True
            )
            if args.pdf:
                shutil.copy(src, OUT / src.name)
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
