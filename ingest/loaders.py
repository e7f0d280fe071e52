"""File loaders: one plain text per file, in a light markup the cleaner understands.

Known structure is kept as text conventions: `# ` starts a heading line and `• ` a list item,
so that every format reaches the cleaner in the same shape.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ingest.dates import is_year, valid_iso
from ingest.documents import Properties
from ingest.numbers import FIGURE_RE

SUPPORTED_EXTENSIONS = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class LoadError(Exception):
    """A file that cannot be ingested; the message names the reason in one line."""


@dataclass(frozen=True)
class LoadedText:
    text: str
    format: str
    pages: tuple[int, ...] = ()  # start offset of each page (PDF only)
    properties: Properties = Properties()  # what the file says about itself (read for metadata)


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
        loaded = LoadedText(_SURROGATE_RE.sub("\ufffd", loaded.text), loaded.format, loaded.pages, loaded.properties)
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
    # a plain-text table lines its columns up with spaces, as a PDF's layout does
    return LoadedText(text=_layout_tables(text, rewrap=False), format="text")


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
        pages = [_layout_tables(_page_text(page)).replace("\x7f", "•") for page in reader.pages]
        info: dict[str, Any] = dict(reader.metadata or {})
        properties = Properties(title=_own(str(info.get("/Title", "") or "")),
                                publisher=_own(str(info.get("/Author", "") or "")))
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise LoadError(f"corrupt PDF ({type(exc).__name__}: {str(exc)[:80]})") from exc
    except Exception as exc:  # pypdf raises many kinds on damaged input
        raise LoadError(f"unreadable PDF ({type(exc).__name__})") from exc
    pages = [_trimmed(page) for page in _drop_page_furniture(pages)]
    starts, parts, pos = [], [], 0
    for page in pages:
        starts.append(pos)
        parts.append(page)
        pos += len(page) + 1
    return LoadedText(text="\n".join(parts), format="pdf", pages=tuple(starts), properties=properties)


# what PDF and DOCX writers put in the document properties when nobody fills them in
_DEFAULT_PROPERTIES = {"untitled", "anonymous", "unknown", "python-docx", "microsoft office user", "user", "author",
                       "admin", "administrator", "reportlab", "word", "microsoft word"}


def _own(value: str) -> str:
    """A document property someone wrote, or "" for a tool's default."""
    value = " ".join(value.split())
    return "" if value.casefold() in _DEFAULT_PROPERTIES or len(value) > 200 else value


def _page_text(page: Any) -> str:
    """A page's text with its layout: columns of a table stay apart and a blank line stays between
    paragraphs (pypdf's layout mode); the plain mode where layout fails."""
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode raises on some damaged or unusual pages
        return page.extract_text() or ""


def _layout_tables(text: str, rewrap: bool = True) -> str:
    """Lines whose words stand in three or more columns (gaps of three spaces or more, a figure
    among them, or a header row right above such rows, its corner cell empty or not) are table
    rows: their cells between pipes, as the cleaner reads a row; the blank lines a PDF puts between
    a table's rows go. A line that already has its cells between pipes (Markdown's, padded or not)
    stays as it is. The other lines lose their layout's runs of spaces (`rewrap`, a PDF's), or keep
    every character (a text file's), whose table rows are those of the table's most common shape,
    two rows with figures or more (not a letterhead's "Datum   Dnr   Sida" over one line, not a row
    where a gap of two spaces joined two cells)."""
    lines = text.splitlines() if rewrap else text.split("\n")
    cells = [[] if line.lstrip().startswith("|") else [c.strip() for c in re.split(r"\s{3,}", line.strip())
                                                        if c.strip()] for line in lines]
    row = [len(c) >= 3 and _with_figures(c) for c in cells]
    for i in range(len(lines) - 1, -1, -1):  # a header of columns right above a row
        following = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if following is not None and row[following] and cells[i]:
            if (following == i + 1 and len(cells[i]) == len(cells[following]) - 1 and lines[i][:1].isspace()
                    and all(is_year(c) or not FIGURE_RE.search(c) for c in cells[i])):
                # the names of the columns over an empty corner ("      2021   2022", "   KBT   IPT   MMR1")
                cells[i] = ["", *cells[i]]
            row[i] = row[i] or len(cells[i]) >= 3
    if not rewrap:
        _keep_whole_tables(cells, row)
    out: list[str] = []
    for line, columns, is_row in zip(lines, cells, row, strict=True):
        if is_row:
            while len(out) >= 2 and not out[-1].strip() and out[-2].startswith("| "):
                out.pop()  # the blank line between two rows
            out.append("| " + " | ".join(columns) + " |")
        else:
            out.append(" ".join(line.split()) if rewrap else line)
    return "\n".join(out)


def _with_figures(cells: list[str]) -> bool:
    return any(re.search(r"\d", c) for c in cells)


def _keep_whole_tables(cells: list[list[str]], row: list[bool]) -> None:
    """Unmarks the rows of a run (blank lines between them allowed) that are not of the most common
    shape of the rows under its first (a gap of two spaces joined two cells; on a tie the most
    cells), and every row of a run with fewer than two rows of that shape holding figures."""
    i = 0
    while i < len(row):
        if not row[i]:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(row) and (row[j] or not cells[j]):
            if row[j]:
                run.append(j)
            j += 1
        sizes = [len(cells[k]) for k in (run[1:] if len(run) > 2 else run)]  # the rows under a header decide
        shape = max(sizes, key=lambda n: (sizes.count(n), n))
        kept = [k for k in run if len(cells[k]) == shape]
        with_figures = sum(_with_figures(cells[k]) for k in kept)
        for k in run:
            row[k] = row[k] and k in kept and with_figures >= 2
        i = j


_PAGE_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}|[Ss]ida \d+.*|\d+ ?\(\d+\)|- ?\d+ ?-|\d+ ?/ ?\d+)\s*$")


def _trimmed(page: str) -> str:
    """A page without the blank lines and page numbers at its top and bottom: what is left of its
    text runs on into the next page's."""
    lines = page.split("\n")
    while lines and (not lines[0].strip() or _PAGE_NUMBER_RE.match(lines[0])):
        lines.pop(0)
    while lines and (not lines[-1].strip() or _PAGE_NUMBER_RE.match(lines[-1])):
        lines.pop()
    return "\n".join(lines)


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
        core = document.core_properties
        properties = Properties(title=_own(core.title or ""), publisher=_own(core.author or ""))
        return LoadedText(text="\n".join(_docx_lines(document)), format="docx", properties=properties)
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
            line = _docx_paragraph_line(Paragraph(block, document))
            # a DOCX paragraph is a block of its own (list items stay together as one list)
            lines.extend([line] if line.startswith("• ") else [line, ""])
        elif tag == "tbl":
            lines.append("")
            for row in Table(block, document).rows:
                lines.append(_row([cell.text for cell in row.cells]))
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


def _row(cells: list[str]) -> str:
    """A table row as the cleaner reads one: its cells between pipes."""
    return "| " + " | ".join(" ".join(c.split()).replace("|", "/") for c in cells) + " |"


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
    properties = _html_properties(soup)
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_page_furniture):
        tag.decompose()
    root = soup.body or soup
    content = root.find("main") or root.find(attrs={"role": "main"})  # type: ignore[call-overload]
    articles = [a for a in root.find_all("article") if a.find_parent("article") is None]
    if content is None and len(articles) == 1:
        content = articles[0]
    elif content is None and len(articles) > 1:  # several articles (a debate's speeches): all of them
        content = soup.new_tag("div")
        for article in articles:
            content.append(article.extract())
    furniture: list[str] = []
    if content is not None or root.find(["header", "footer", "aside"]):
        for tag in root.find_all(["header", "footer", "aside"]):
            if content is None or not tag.find_parent(["main", "article"]):
                furniture.append(" ".join(tag.get_text(" ").split()))
                if content is None:
                    tag.decompose()
    lines: list[str] = []
    _html_lines(content or root, lines)
    if furniture:
        properties = replace(properties, furniture="\n".join(f for f in furniture if f))
    return LoadedText(text="\n".join(lines), format="html", properties=properties)


# words of a class, id or aria-label that name page furniture: the first kind also begins a compound
# ("cookiebar", "breadcrumbs"); the second must stand alone, as "social" begins "socialstyrelsen"
_FURNITURE_PREFIXES = ("cookie", "consent", "breadcrumb", "skiplink")
_FURNITURE_WORDS = {"share", "sharing", "social", "banner"}
_NAME_SPLIT_RE = re.compile(r"[\W_]+|(?<=[^\W\d_])(?=[A-ZÅÄÖ][a-zåäö])")  # "social-share", "cookieBanner"


def _is_page_furniture(tag: Any) -> bool:
    """A cookie notice, a breadcrumb trail, a share box: named so by the page's own classes, id or
    label, word by word ("social-share", not "socialstyrelsen-rekommendation")."""
    if tag.name in ("html", "body", "main", "article"):
        return False
    attrs = getattr(tag, "attrs", None) or {}
    names = " ".join([*(attrs.get("class") or []), str(attrs.get("id") or ""), str(attrs.get("aria-label") or "")])
    words = [w.casefold() for w in _NAME_SPLIT_RE.split(names) if w]
    pairs = {a + b for a, b in zip(words, words[1:], strict=False)}  # "skip-link"
    return any(w.startswith(_FURNITURE_PREFIXES) or w in _FURNITURE_WORDS for w in words) or bool(
        pairs & {"skiplink", "skiplinks"})


def _html_properties(soup: Any) -> Properties:
    """What an HTML page's head says about it: its title, its site or author, its date and address."""
    def meta(*names: str) -> str:
        for name in names:
            tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
            if tag is not None and tag.get("content"):
                return " ".join(str(tag["content"]).split())
        return ""

    title = soup.title.get_text() if soup.title else ""
    time = soup.find("time", attrs={"datetime": True})
    date = meta("article:published_time", "dcterms.date", "DC.date", "date", "pubdate") or (
        str(time["datetime"]) if time is not None else "")
    canonical = soup.find("link", attrs={"rel": "canonical"})
    address = (str(canonical["href"]) if canonical is not None and canonical.get("href") else "") or meta("og:url")
    # "2017-02-14T09:00:00+01:00" -> "2017-02-14"; a date that does not exist ("2014-13-45") is dropped
    match = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-])", date.strip())
    iso = "-".join(g for g in match.groups() if g) if match else ""
    iso = iso if valid_iso(iso) else ""
    return Properties(title=_own(" ".join(title.split())), publisher=meta("og:site_name", "dcterms.publisher",
                      "DC.publisher", "publisher", "author"), date=iso, address=address)


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
        lines.append(_row([c.get_text() for c in tag.find_all(["td", "th"])]))
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
