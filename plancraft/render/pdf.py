"""PDF through LibreOffice: `soffice --headless --convert-to pdf`, one private profile per run."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from plancraft.fileio import write_atomic

from .errors import RenderError

TIMEOUT = 180  # seconds; a first start of LibreOffice builds its profile and takes a while
MISSING = "LibreOffice (soffice) is not installed; install libreoffice-writer-nogui"


# Official Chinese font names rarely exist on Linux; without this LibreOffice falls back to a sans
# face for all of them. Noto CJK (Debian fonts-noto-cjk) stands in: serif for 仿宋/宋体/楷体,
# sans for 黑体, bold serif for the 小标宋 title. Installed originals still win (they are listed first).
_STAND_INS = {
    "仿宋_GB2312": ("FangSong", "仿宋", "Noto Serif CJK SC"),
    "仿宋": ("FangSong", "Noto Serif CJK SC"),
    "楷体_GB2312": ("KaiTi", "楷体", "AR PL UKai CN", "Noto Serif CJK SC"),
    "楷体": ("KaiTi", "AR PL UKai CN", "Noto Serif CJK SC"),
    "宋体": ("SimSun", "Noto Serif CJK SC"),
    "SimSun": ("宋体", "Noto Serif CJK SC"),
    "黑体": ("SimHei", "Noto Sans CJK SC"),
}
_BOLD_STAND_INS = {"方正小标宋简体": "Noto Serif CJK SC", "方正小标宋_GBK": "Noto Serif CJK SC"}


def fontconfig_file(directory: Path) -> Path:
    """A fonts.conf that adds the stand-ins to the system configuration."""
    from xml.sax.saxutils import escape

    rules = []
    for name, prefer in _STAND_INS.items():
        families = "".join(f"<family>{escape(f)}</family>" for f in prefer)
        rules.append(f"<alias binding=\"same\"><family>{escape(name)}</family><prefer>{families}</prefer></alias>")
    for name, family in _BOLD_STAND_INS.items():
        rules.append(
            f'<match target="pattern"><test name="family"><string>{escape(name)}</string></test>'
            f'<edit name="family" mode="prepend" binding="same"><string>{escape(family)}</string></edit>'
            f'<edit name="weight" mode="assign"><const>bold</const></edit></match>')
    path = directory / "fonts.conf"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                    '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                    + "".join(rules) + "</fontconfig>\n", encoding="utf-8")
    return path


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx_path: Path, pdf_path: Path, *, timeout: float = TIMEOUT) -> None:
    """Write `pdf_path` from `docx_path`. Raises RenderError when soffice is missing, fails or hangs."""
    soffice = find_soffice()
    if soffice is None:
        raise RenderError(MISSING)
    docx_path, pdf_path = Path(docx_path), Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="plancraft-pdf-") as tmp:
        tmp_dir = Path(tmp)
        # A private user profile: parallel conversions would otherwise fight over ~/.config/libreoffice.
        profile = (tmp_dir / "profile").as_uri()
        source = tmp_dir / "in.docx"
        shutil.copyfile(docx_path, source)
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp_dir / "out"), str(source)]
        env = dict(os.environ)
        if "FONTCONFIG_FILE" not in env and Path("/etc/fonts/fonts.conf").is_file():
            env["FONTCONFIG_FILE"] = str(fontconfig_file(tmp_dir))
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, env=env)
        except subprocess.TimeoutExpired:
            raise RenderError(f"LibreOffice did not finish converting {docx_path} within {timeout:.0f} s") from None
        produced = tmp_dir / "out" / "in.pdf"
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()
            raise RenderError(f"LibreOffice could not convert {docx_path} to PDF"
                              + (f": {detail[-1]}" if detail else f" (exit status {result.returncode})"))
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(pdf_path, produced.read_bytes())
