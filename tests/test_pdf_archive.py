"""Letters and periodic reports fit for the archive (issue 16 item 3): PDF/A-2b as far as can be
checked without veraPDF (not installable from the package registries): every font embedded
(pypdf and poppler's pdffonts), the document's title, author (the issuing body), subject,
language vi and creation date, the same in the XMP packet that says PDF/A-2B, an sRGB output
intent, no transparency, no encryption, a file identifier."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from console.letters.archive import srgb_profile
from console.letters.harm import render_harm_letter
from console.letters.harm_list import harm_list_pdf
from console.letters.render import render_letter, render_letters
from console.letters.samples import sample_data, sample_harm, sample_harm_rows
from console.letters.templates import load_template
from console.profiles import load_profile
from console.statistics.pdf import render_figures_pdf
from tests.scenario_helpers import Province
from tests.test_statistics import build_year, figures

TN = load_profile("thai-nguyen")
DL = load_profile("dak-lak")


def _walk(obj: Any, seen: set[int]) -> Iterator[DictionaryObject]:
    """Every dictionary reachable from ``obj`` (streams' dictionaries included), once."""
    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):
        yield obj
        for key, value in obj.items():
            if key != "/Parent":
                yield from _walk(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            yield from _walk(value, seen)


def check_archive(pdf: bytes, *, title: str, author: str, subject: str) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert not reader.is_encrypted and reader.trailer.get("/ID")
    root = reader.trailer["/Root"]
    info = reader.metadata
    assert info is not None
    assert (info.title, info.author, info.subject) == (title, author, subject)
    assert root["/Lang"] == "vi"
    created = info["/CreationDate"]
    assert re.fullmatch(r"D:\d{14}[+-]\d\d'\d\d'", created)

    # The XMP packet: PDF/A-2B, the same words and the same moment; no filter on it.
    meta = root["/Metadata"].get_object()
    assert "/Filter" not in meta
    xmp = meta.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    for value in (title, author, subject):
        assert f">{value}</rdf:li>" in xmp
    assert "<rdf:li>vi</rdf:li>" in xmp
    y, mo, d, h, mi, s, zh, zm = re.fullmatch(
        r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-]\d\d)'(\d\d)'", created
    ).groups()
    assert f"<xmp:CreateDate>{y}-{mo}-{d}T{h}:{mi}:{s}{zh}:{zm}</xmp:CreateDate>" in xmp

    # The sRGB output intent.
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert intent["/S"] == "/GTS_PDFA1"
    icc = intent["/DestOutputProfile"].get_object()
    assert icc["/N"] == 3
    profile = icc.get_data()
    assert profile == srgb_profile()
    assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB " and profile[8] <= 4

    # Every font embedded; no transparency anywhere.
    fonts = 0
    for d in _walk(root.indirect_reference, set()):
        if d.get("/Type") == "/Font" and d.get("/Subtype") != "/Type0":
            fonts += 1
            desc = d["/FontDescriptor"].get_object()
            assert any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")), d
        assert "/SMask" not in d or d["/SMask"] == NameObject("/None")
        assert float(d.get("/CA", 1)) == 1 and float(d.get("/ca", 1)) == 1
        assert d.get("/BM", "/Normal") in ("/Normal", "/Compatible")
        group = d.get("/Group")
        assert group is None or group.get_object().get("/S") != "/Transparency"
    assert fonts >= 1


def check_pdffonts(pdf: bytes, tmp_path: Path) -> None:
    """poppler's own view too, where poppler-utils is installed (the machines have it; the
    pypdf walk of check_archive is the check everywhere): every font embedded, no Helvetica."""
    if shutil.which("pdffonts") is None:
        return
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert out and all(line.split()[-5] == "yes" for line in out), out
    assert not any("Helvetica" in line for line in out)


def test_a_reply_letter_is_archivable(tmp_path: Path) -> None:
    pdf = render_letter(sample_data(TN), load_template("thai-nguyen"))
    check_archive(
        pdf,
        title="Trả lời phản ánh TN-2026-000123",
        author="Sở Giao thông vận tải tỉnh Thái Nguyên",
        subject="V/v trả lời phản ánh TN-2026-000123",
    )
    check_pdffonts(pdf, tmp_path)


def _header(pdf: bytes) -> str:
    return " ".join((PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or "").split())


def test_the_author_is_the_body_the_header_names(tmp_path: Path) -> None:
    # Đắk Lắk's IOC writes in the name of the Sở Thông tin và Truyền thông (its template).
    pdf = render_letter(sample_data(DL, "rejected"), load_template("dak-lak"))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.author == "Sở Thông tin và Truyền thông"
    assert "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" in _header(pdf)
    check_pdffonts(pdf, tmp_path)


def test_a_batch_of_letters_is_archivable(tmp_path: Path) -> None:
    template = load_template("thai-nguyen")
    pdf = render_letters([(sample_data(TN), template), (sample_data(TN, "rejected"), template)])
    ioc = sample_data(TN).ioc.name
    check_archive(
        pdf,
        title="Văn bản trả lời phản ánh",
        author=ioc,
        subject=f"Văn bản trả lời phản ánh — {TN.province}",
    )
    check_pdffonts(pdf, tmp_path)


def test_the_harm_letter_and_the_monthly_list_are_archivable(tmp_path: Path) -> None:
    template = load_template("dak-lak")
    harm = sample_harm(DL)
    pdf = render_harm_letter(harm, template)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.author
    assert reader.metadata.author.upper() in _header(pdf)
    check_pdffonts(pdf, tmp_path)
    listing = harm_list_pdf(
        sample_harm_rows(), harm.ioc, DL, template, date(2026, 3, 1), today=date(2026, 4, 2)
    )
    meta = PdfReader(io.BytesIO(listing)).metadata
    assert meta is not None
    check_archive(
        listing,
        title="Danh sách phản ánh ảnh hưởng uy tín tháng 3/2026",
        author=meta.author or "",
        subject=meta.subject or "",
    )
    assert meta.author == "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"  # as its header names it
    assert meta.subject and meta.subject.startswith("BÁO CÁO")
    check_pdffonts(listing, tmp_path)


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Province:
    from console.db import Database

    db = Database(f"sqlite:///{tmp_path_factory.mktemp('tn') / 'tn.sqlite3'}")
    return build_year(db)


def test_the_periodic_report_is_archivable(year: Province, tmp_path: Path) -> None:
    pdf = render_figures_pdf(figures(year, "2026-Q1"), year.profile)
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title and "2026" in meta.title
    assert meta.author and meta.subject and meta.subject.startswith("BÁO CÁO")
    check_archive(pdf, title=meta.title, author=meta.author, subject=meta.subject)
    check_pdffonts(pdf, tmp_path)
