"""File loaders: one plain text per file, in a light markup the cleaner understands.

Known structure is kept as text conventions: `# ` starts a heading line and `• ` a list item,
so that every format reaches the cleaner in the same shape.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUPPORTED_EXTENSIONS = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class LoadError(Exception):
    """A file that cannot be ingested; the message names the reason in one line."""


@dataclass(frozen=True)
class LoadedText:
    text: str
    format: str
    pages: tuple[int, ...] = ()  # start offset of each page (PDF only)


def load_file(path: Path, max_bytes: int) -> LoadedText:
    ext = path.suffix.lower()
    if ext not in SUPPORTED_EXTENSIONS:
        raise LoadError(
            f"unsupported file type '{ext or path.name}' "
            f"(supported: {', '.join(SUPPORTED_EXTENSIONS)})"
        )
    size = path.stat().st_size
    if size == 0:
        raise LoadError("empty file")
    if size > max_bytes:
        raise LoadError(f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB")
    return load_bytes(path.read_bytes(), ext)


def load_bytes(data: bytes, ext: str) -> LoadedText:
    """The text of a file's bytes, read as the extension `ext` says; LoadError if there is none."""
    if ext not in _LOADERS:
        raise LoadError(f"unsupported file type '{ext}' (supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    loaded = _LOADERS[ext](data)
    if not loaded.text.strip():
        raise LoadError("no text could be extracted")
    if _SURROGATE_RE.search(loaded.text):  # a PDF's broken ToUnicode map; UTF-8 cannot hold them
        loaded = LoadedText(_SURROGATE_RE.sub("\ufffd", loaded.text), loaded.format, loaded.pages)
    return loaded


def decode_text(data: bytes) -> str:
    """UTF-8 first (with or without BOM), then cp1252, then latin-1; refuses binary data."""
    if b"\x00" in data[:8192]:
        raise LoadError("binary content in a text file (NUL bytes)")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _load_text(data: bytes) -> LoadedText:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    return LoadedText(text=text, format="text")


def _load_pdf(data: bytes) -> LoadedText:
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError("not a PDF (content does not match the .pdf extension)")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("encrypted PDF (password protected)")
        # WinAnsiEncoding draws unused codes as a bullet (PDF 1.7, Annex D); reportlab writes its
        # list bullets as \x7f, which pypdf passes through as a control character.
        pages = [(page.extract_text() or "").replace("\x7f", "•") for page in reader.pages]
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise LoadError(f"corrupt PDF ({type(exc).__name__}: {str(exc)[:80]})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged input
        raise LoadError(f"unreadable PDF ({type(exc).__name__})") from exc
    pages = _drop_page_furniture(pages)
    starts, parts, pos = [], [], 0
    for page in pages:
        starts.append(pos)
        parts.append(page)
        pos += len(page) + 1
    return LoadedText(text="\n".join(parts), format="pdf", pages=tuple(starts))


def _drop_page_furniture(pages: list[str]) -> list[str]:
    """Removes header/footer lines that repeat on most pages (page numbers go in the cleaner)."""
    if len(pages) < 3:
        return pages
    counts: dict[str, int] = {}
    for page in pages:
        for line in {ln.strip() for ln in page.splitlines() if ln.strip()}:
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, n in counts.items() if n >= max(3, len(pages) * 0.6)}
    if not repeated:
        return pages
    return ["\n".join(ln for ln in p.splitlines() if ln.strip() not in repeated) for p in pages]


def _load_docx(data: bytes) -> LoadedText:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("not a DOCX (content does not match the .docx extension)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        return LoadedText(text="\n".join(_docx_lines(document)), format="docx")
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise LoadError(f"corrupt DOCX ({type(exc).__name__})") from exc
    except Exception as exc:  # damaged XML inside the ZIP: lxml and python-docx raise many kinds
        raise LoadError(f"unreadable DOCX ({type(exc).__name__})") from exc


def _docx_lines(document: Any) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_paragraph_line(Paragraph(block, document)))
        elif tag == "tbl":
            lines.append("")
            for row in Table(block, document).rows:
                lines.append(" ".join(cell.text.strip() for cell in row.cells))
            lines.append("")
    return lines


def _docx_paragraph_line(para: object) -> str:
    text = para.text.strip()  # type: ignore[attr-defined]
    style = (para.style.name or "").lower() if para.style is not None else ""  # type: ignore[attr-defined]
    if not text:
        return ""
    if style.startswith("heading") or style == "title":
        return f"# {text}"
    if "list" in style and not text.startswith(("•", "-")):
        return f"• {text}"
    return text


_BLOCK_TAGS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
               "section", "article", "main", "ul", "ol", "table", "tbody", "thead", "dd", "dt",
               "header", "footer", "pre", "figure", "figcaption", "br"}
_DROP_TAGS = ["script", "style", "noscript", "nav", "form", "button", "svg", "iframe", "template"]


def _load_html(data: bytes) -> LoadedText:
    from bs4 import BeautifulSoup

    text = decode_text(data)
    with warnings.catch_warnings():  # an .html file that is really XML is read as HTML all the same
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    root = soup.body or soup
    lines: list[str] = []
    _html_lines(root, lines)
    return LoadedText(text="\n".join(lines), format="html")


def _html_lines(node: object, lines: list[str]) -> None:
    from bs4 import NavigableString, Tag

    assert isinstance(node, Tag)
    inline: list[str] = []

    def flush() -> None:
        text = " ".join("".join(inline).split())
        inline.clear()
        if text:
            lines.append(text)

    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment or CDATA
                inline.append(str(child))
        elif isinstance(child, Tag):
            if child.name.lower() in _BLOCK_TAGS:
                flush()
                _html_block(child, lines)
            else:
                inline.append(child.get_text())
    flush()


def _html_block(tag: object, lines: list[str]) -> None:
    from bs4 import Tag

    assert isinstance(tag, Tag)
    name = tag.name.lower()
    if name in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        lines.extend(["", f"# {' '.join(tag.get_text().split())}", ""])
    elif name == "li":
        lines.append(f"• {' '.join(tag.get_text(' ').split())}")
    elif name == "tr":
        cells = [" ".join(c.get_text().split()) for c in tag.find_all(["td", "th"])]
        lines.append(" ".join(c for c in cells if c))
    elif name == "p":
        lines.extend([" ".join(tag.get_text().split()), ""])
    elif name in {"ul", "ol", "table"}:
        lines.append("")
        _html_lines(tag, lines)
        lines.append("")
    else:
        _html_lines(tag, lines)


_LOADERS = {
    ".txt": _load_text,
    ".md": _load_text,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
}
