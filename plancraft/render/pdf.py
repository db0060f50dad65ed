"""PDF through LibreOffice: `soffice --headless --convert-to pdf`, with a private user profile.

A LibreOffice that starts with an empty profile first builds it (about a third of a conversion's time).
The layout pass of `render` (heading_pages inside `reused_profile()`, only when the cache is in use)
keeps one profile per user and LibreOffice installed in a private folder of the temporary directory
(FOLDER_NAME, mode 0700, checked to be the user's own and not a link), used by one conversion at a time
(a lock; a conversion that finds it taken, or any other conversion, builds a throw-away profile as
before). A failed or timed-out conversion throws the kept profile away. No LibreOffice process outlives
the conversion: `--convert-to` exits when it is done.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from contextvars import ContextVar
from pathlib import Path
from typing import Iterator

from plancraft.i18n import N_, _
from plancraft.fileio import write_atomic

from .errors import RenderError

TIMEOUT = 180  # seconds; a first start of LibreOffice builds its profile and takes a while
MISSING = N_("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui")


# Official Chinese font names rarely exist on Linux; without this LibreOffice falls back to a sans
# face for all of them. Noto CJK (Debian fonts-noto-cjk) stands in: serif for 仿宋/宋体/楷体,
# sans for 黑体, bold serif for the 小标宋 title. Installed originals still win (they are listed first).
_STAND_INS = {
    "仿宋_GB2312": ("FangSong", "仿宋", "Noto Serif CJK SC"),
    "仿宋": ("FangSong", "Noto Serif CJK SC"),
    "楷体_GB2312": ("KaiTi", "楷体", "AR PL UKai CN", "Noto Serif CJK SC"),
    "楷体": ("KaiTi", "AR PL UKai CN", "Noto Serif CJK SC"),
    "宋体": ("SimSun", "Noto Serif CJK SC"),
    "华文中宋": ("STZhongsong", "Noto Serif CJK SC"),
    "SimSun": ("宋体", "Noto Serif CJK SC"),
    "黑体": ("SimHei", "Noto Sans CJK SC"),
}
_BOLD_STAND_INS = {"方正小标宋简体": "Noto Serif CJK SC", "方正小标宋_GBK": "Noto Serif CJK SC"}


def fontconfig_file(directory: Path) -> Path:
    """A fonts.conf that adds the stand-ins to the system configuration."""
    from plancraft.xmltext import escape

    rules = []
    for name, prefer in _STAND_INS.items():
        families = "".join(f"<family>{escape(f)}</family>" for f in prefer)
        rules.append(f'<alias binding="same"><family>{escape(name)}</family><prefer>{families}</prefer></alias>')
    for name, family in _BOLD_STAND_INS.items():
        rules.append(
            f'<match target="pattern"><test name="family"><string>{escape(name)}</string></test>'
            f'<edit name="family" mode="prepend" binding="same"><string>{escape(family)}</string></edit>'
            f'<edit name="weight" mode="assign"><const>bold</const></edit></match>'
        )
    path = directory / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' + "".join(rules) + "</fontconfig>\n",
        encoding="utf-8",
    )
    return path


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(
    docx_path: Path,
    pdf_path: Path,
    *,
    timeout: float = TIMEOUT,
    export: str = "pdf:writer_pdf_Export",
    display: str | None = None,
) -> None:
    """Write `pdf_path` from `docx_path` (named `display` in messages). Raises RenderError when soffice
    is missing, fails or hangs."""
    soffice = find_soffice()
    if soffice is None:
        raise RenderError(_(MISSING))
    docx_path, pdf_path = Path(docx_path), Path(pdf_path)
    shown = display or str(docx_path)
    with tempfile.TemporaryDirectory(prefix="plancraft-pdf-") as tmp, _kept_profile(soffice) as kept:
        tmp_dir = Path(tmp)
        # A private user profile: parallel conversions would otherwise fight over ~/.config/libreoffice.
        profile: Path | None = tmp_dir / "profile"
        if kept is not None:
            try:
                _convert(soffice, docx_path, tmp_dir, kept.profile(), export, timeout, shown)
            except RenderError as error:
                kept.discard()  # perhaps the profile: the next conversion starts afresh, under another name
                if isinstance(error, _TimedOut):
                    raise
                shutil.rmtree(tmp_dir / "out", ignore_errors=True)
            else:
                profile = None
        if profile is not None:
            _convert(soffice, docx_path, tmp_dir, profile, export, timeout, shown)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(pdf_path, (tmp_dir / "out" / "in.pdf").read_bytes())


class _TimedOut(RenderError):
    """LibreOffice did not finish in time."""


def _convert(soffice: str, docx_path: Path, tmp_dir: Path, profile: Path, export: str, timeout: float, shown: str) -> None:
    """One LibreOffice conversion of `docx_path` into tmp_dir/out/in.pdf with the user profile `profile`."""
    source = tmp_dir / "in.docx"
    shutil.copyfile(docx_path, source)
    cmd = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        export,
        "--outdir",
        str(tmp_dir / "out"),
        str(source),
    ]
    env = dict(os.environ)
    if "FONTCONFIG_FILE" not in env and Path("/etc/fonts/fonts.conf").is_file():
        env["FONTCONFIG_FILE"] = str(fontconfig_file(tmp_dir))
    try:
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired:
        raise _TimedOut(
            _("LibreOffice did not finish converting {shown} within {timeout:.0f} s").format(shown=shown, timeout=timeout)
        ) from None
    produced = tmp_dir / "out" / "in.pdf"
    if result.returncode != 0 or not produced.is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise RenderError(
            _("LibreOffice could not convert {shown} to PDF").format(shown=shown)
            + (f": {detail[-1]}" if detail else _(" (exit status {returncode})").format(returncode=result.returncode))
        )


FOLDER_NAME = "plancraft-libreoffice-{uid}"
_reuse: ContextVar[bool] = ContextVar("plancraft_reuse_profile", default=False)


@contextlib.contextmanager
def reused_profile() -> Iterator[None]:
    """Conversions inside the block may use the kept profile (see the module's docstring)."""
    token = _reuse.set(True)
    try:
        yield
    finally:
        _reuse.reset(token)


class _Kept:
    """The kept profile of one LibreOffice installation: FOLDER/NAME-GENERATION, where NAME.gen holds the
    current GENERATION. Throwing it away starts a new generation, so that a LibreOffice left hanging on the
    old profile (which it would hand the next conversion to) is never asked again."""

    def __init__(self, folder: Path, name: str):
        self.folder, self.name = folder, name

    def _generation(self) -> str:
        try:
            found = (self.folder / f"{self.name}.gen").read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return "0"
        return found if re.fullmatch(r"[0-9a-f]{1,32}", found) else "0"

    def profile(self) -> Path:
        return self.folder / f"{self.name}-{self._generation()}"

    def discard(self) -> None:
        shutil.rmtree(self.profile(), ignore_errors=True)
        try:
            (self.folder / f"{self.name}.gen").write_text(os.urandom(8).hex(), encoding="ascii")
        except OSError:
            pass


@contextlib.contextmanager
def _kept_profile(soffice: str) -> Iterator[_Kept | None]:
    """The kept profile for the LibreOffice `soffice`, locked for this conversion; None when profiles are
    not reused here, the lock is taken, or the folder is not safely the user's own."""
    if not _reuse.get():
        yield None
        return
    try:
        import fcntl
        import hashlib
        import stat

        from plancraft.render import office_identity

        uid = os.getuid()
        folder = Path(tempfile.gettempdir()) / FOLDER_NAME.format(uid=uid)
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077:
            yield None  # another user's, a link, or open to others: not trusted with a profile
            return
        name = hashlib.sha256((office_identity() or soffice).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        handle = os.open(folder / f"{name}.lock", os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except (ImportError, OSError, AttributeError):
        yield None  # no fcntl (Windows) or no such folder: a throw-away profile
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield None  # another conversion uses it right now
            return
        yield _Kept(folder, name)
    finally:
        os.close(handle)  # closing releases the lock


# -- page numbers for the contents ----------------------------------------------------------------

# LibreOffice 7.4+ takes export options as JSON: every bookmark (the contents' _Toc anchors) becomes
# a named destination of the PDF, so each heading's page is read by name, not guessed from its text.
_EXPORT_WITH_DESTINATIONS = 'pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'


def heading_pages(docx_bytes: bytes, *, timeout: float = TIMEOUT) -> list[int]:
    """Page (1-based, the cover is 1) of each `_Toc<n>` bookmark of the document, in order of n."""
    with tempfile.TemporaryDirectory(prefix="plancraft-toc-") as tmp:
        source = Path(tmp) / "layout.docx"
        source.write_bytes(docx_bytes)
        target = Path(tmp) / "layout.pdf"
        convert_to_pdf(source, target, timeout=timeout, export=_EXPORT_WITH_DESTINATIONS)
        destinations = pdf_destinations(target.read_bytes())
    numbered = {}
    for name, page in destinations.items():
        found = re.search(r"Toc(\d+)$", name)  # LibreOffice 7.4 writes `_Toc00001` as /5FToc00001
        if found:
            numbered[int(found.group(1))] = page
    if not numbered or sorted(numbered) != list(range(1, len(numbered) + 1)):
        raise RenderError(_("LibreOffice laid the document out but did not report where each heading landed"))
    return [numbered[n] for n in sorted(numbered)]


_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)


def pdf_destinations(pdf: bytes) -> dict[str, int]:
    """Named destinations of a PDF as LibreOffice writes it (uncompressed objects) -> 1-based page.

    Reads the catalogue's /Dests dictionary (`/name [page 0 R /XYZ ...]`), pages numbered in the
    order of the /Pages tree. Nothing else of the PDF is interpreted.
    """
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(pdf)}
    order: list[int] = []

    def walk(number: int, depth: int = 0) -> None:
        body = objects.get(number, b"")
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
        if depth < 32 and re.search(rb"/Type\s*/Pages\b", body) and kids:
            for kid in re.findall(rb"(\d+) 0 R", kids.group(1)):
                walk(int(kid), depth + 1)
        elif re.search(rb"/Type\s*/Page\b", body):
            order.append(number)

    catalog = next((body for body in objects.values() if re.search(rb"/Type\s*/Catalog\b", body)), b"")
    pages = re.search(rb"/Pages\s+(\d+) 0 R", catalog)
    dests = re.search(rb"/Dests\s+(\d+) 0 R", catalog)
    if not pages or not dests:
        return {}
    walk(int(pages.group(1)))
    page_of = {obj: i for i, obj in enumerate(order, start=1)}
    found: dict[str, int] = {}
    for name, target in re.findall(rb"/([^\s/\[\]<>()]+)\s*\[\s*(\d+) 0 R", objects.get(int(dests.group(1)), b"")):
        if int(target) in page_of:
            text = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), name).decode("utf-8", "replace")
            found[text] = page_of[int(target)]
    return found
