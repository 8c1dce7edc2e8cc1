"""PDF/A-2b for the letters and the periodic reports: documents a province keeps in its archive.

A document stays readable in decades only if it carries everything it needs (ISO 19005-2,
level B: the look is preserved):

- every font embedded: the canvas starts in the letters' serif face, not reportlab's Helvetica
  (a base font that is only named, never embedded);
- an output intent with an sRGB profile, so DeviceRGB and DeviceGray colours have a meaning;
- XMP metadata saying PDF/A-2B, with the same title, author (the issuing body), subject,
  language (vi), producer and dates as the document information dictionary;
- no transparency, no encryption, no JavaScript or external content (reportlab writes none here).

No validator for PDF/A is installable from the package registries this project uses (veraPDF is
not on PyPI, npm or Debian); tests/test_pdf_archive.py checks these points with pypdf and
pdffonts instead.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import XMP, PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from console.letters.fonts import (
    SANS,
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
)

LANG = "vi"
# reportlab's base fonts are named, never embedded, and lack Vietnamese: a table's cell style
# still sets Helvetica (drawing nothing with it); each is taken by an embedded face instead.
_EMBEDDED = {
    "Times-Roman": SERIF,
    "Times-Bold": SERIF_BOLD,
    "Times-Italic": SERIF_ITALIC,
    "Times-BoldItalic": SERIF_BOLD_ITALIC,
    "Helvetica": SANS,
    "Helvetica-Bold": SANS,
    "Helvetica-Oblique": SANS,
    "Helvetica-BoldOblique": SANS,
    "Courier": SANS,
    "Courier-Bold": SANS,
    "Courier-Oblique": SANS,
    "Courier-BoldOblique": SANS,
    "Symbol": SERIF,
    "ZapfDingbats": SERIF,
}
SRGB = "sRGB IEC61966-2.1"


@functools.cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile made by LittleCMS (through Pillow; no file to ship).

    LittleCMS writes version 4.4; ISO 19005-2 names ICC.1:2004-10, version 4.2, whose matrix and
    curves an sRGB profile is made of alike: the header says 4.2 and the profile ID (MD5 of the
    profile with the flags, intent and ID fields zeroed) is computed again.
    """
    from PIL import ImageCms

    icc = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    icc[8:12] = bytes((4, 0x20, 0, 0))
    icc[84:100] = bytes(16)
    hashed = bytearray(icc)
    hashed[44:48] = bytes(4)
    hashed[64:68] = bytes(4)
    icc[84:100] = hashlib.md5(hashed, usedforsecurity=False).digest()
    return bytes(icc)


def _xmp_date(doc: Any) -> str:
    """The document's own time stamp (the one of /CreationDate) in XMP's form."""
    ts = doc._timeStamp
    y, mo, d, h, mi, s = ts.YMDhms
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{ts.dhh:+03d}:{abs(ts.dmm):02d}"


def _xmp(doc: Any) -> str:
    info = doc.info
    when = _xmp_date(doc)

    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<dc:format>application/pdf</dc:format>
<dc:title>{alt(info.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>{alt(info.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>{LANG}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{when}</xmp:CreateDate>
<xmp:ModifyDate>{when}</xmp:ModifyDate>
<xmp:MetadataDate>{when}</xmp:MetadataDate>
<xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
<pdf:Producer>{escape(info.producer)}</pdf:Producer>
<pdf:Keywords>{escape(info.keywords)}</pdf:Keywords>
<pdf:Trapped>False</pdf:Trapped>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


class _Metadata(XMP):
    """The XMP packet, uncompressed (PDF/A: a metadata stream is readable without a filter)."""

    def __init__(self) -> None:
        super().__init__(creator=_xmp)

    def format(self, doc: Any) -> bytes:
        # PDFStream writes "/Filter []" even with no filter: the stream is written here instead.
        content = _xmp(doc).encode("utf-8")
        head = PDFDictionary(
            {"Type": PDFName("Metadata"), "Subtype": PDFName("XML"), "Length": len(content)}
        )
        return head.format(doc) + b"\nstream\n" + content + b"\nendstream\n"


class ArchiveCanvas(Canvas):
    """A canvas whose PDF is PDF/A-2b: pass as ``canvasmaker`` to ``doc.build``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        kwargs["initialFontName"] = SERIF  # never the unembedded Helvetica
        kwargs["lang"] = LANG
        super().__init__(*args, **kwargs)
        doc = self._doc  # type: ignore[attr-defined]  # the stubs omit Canvas's PDFDocument
        icc = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
        intent = PDFDictionary(
            {
                "Type": PDFName("OutputIntent"),
                "S": PDFName("GTS_PDFA1"),
                "OutputConditionIdentifier": PDFString(SRGB),
                "Info": PDFString(SRGB),
                "RegistryName": PDFString("http://www.color.org"),
                "DestOutputProfile": doc.Reference(icc),
            }
        )
        catalog = doc.Catalog
        catalog.Metadata = _Metadata()
        catalog.OutputIntents = PDFArray([intent])
        # PDFCatalog writes only the keys it lists: add ours for this document's catalog.
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(_EMBEDDED.get(psfontname, psfontname), size, leading)
