"""The layout pass keeps its LibreOffice profile (issue 20 part 1): conversions inside `reused_profile()`
share one private, locked profile per user and LibreOffice; every other conversion (and `--no-cache`)
builds a throw-away one as before; a failed conversion throws the kept profile away. A fake soffice
records which profile each conversion used."""

from __future__ import annotations

import fcntl
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest

from plancraft import publish
from plancraft.render import RenderError, pdf

FAKE = """#!{python}
import json, os, sys
args = sys.argv[1:]
profile = next(a.split("=", 1)[1] for a in args if a.startswith("-env:UserInstallation="))
folder = profile[len("file://"):]
built = os.path.exists(os.path.join(folder, "built"))
os.makedirs(folder, exist_ok=True)
open(os.path.join(folder, "built"), "w").close()
with open(os.environ["FAKE_LOG"], "a") as log:
    log.write(json.dumps({{"profile": folder, "built": built}}) + "\\n")
if os.environ.get("FAKE_FAIL") == "1":
    sys.exit(1)
out = args[args.index("--outdir") + 1]
os.makedirs(out, exist_ok=True)
open(os.path.join(out, "in.pdf"), "wb").write(b"%PDF-1.4 fake")
"""


@pytest.fixture
def soffice(tmp_path, monkeypatch):
    """A fake soffice; returns a function giving the conversions it saw (profile, whether it existed)."""
    script = tmp_path / "soffice"
    script.write_text(FAKE.format(python=sys.executable), encoding="utf-8")
    script.chmod(0o755)
    log = tmp_path / "log.jsonl"
    monkeypatch.setenv("FAKE_LOG", str(log))
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(script))
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def seen() -> list[dict]:
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []

    (tmp_path / "in.docx").write_bytes(b"not really a document")
    return seen


def _convert(tmp_path) -> None:
    pdf.convert_to_pdf(tmp_path / "in.docx", tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 fake"


def _kept_folder() -> Path:
    return Path(tempfile.gettempdir()) / pdf.FOLDER_NAME.format(uid=os.getuid())


def test_a_conversion_outside_the_layout_pass_builds_a_throw_away_profile(tmp_path, soffice):
    _convert(tmp_path)
    _convert(tmp_path)
    first, second = soffice()
    assert first["profile"] != second["profile"] and not first["built"] and not second["built"]
    assert not Path(first["profile"]).exists()  # removed with its temporary folder
    assert not _kept_folder().exists()


def test_the_layout_pass_reuses_one_private_profile(tmp_path, soffice):
    with pdf.reused_profile():
        _convert(tmp_path)
        _convert(tmp_path)
    first, second = soffice()
    assert first["profile"] == second["profile"] and not first["built"] and second["built"]
    assert Path(first["profile"]).parent == _kept_folder()
    assert _kept_folder().stat().st_mode & 0o777 == 0o700


def test_a_failed_conversion_throws_the_kept_profile_away(tmp_path, soffice, monkeypatch):
    with pdf.reused_profile():
        _convert(tmp_path)
        monkeypatch.setenv("FAKE_FAIL", "1")
        with pytest.raises(RenderError, match="could not convert"):
            _convert(tmp_path)
        monkeypatch.delenv("FAKE_FAIL")
        _convert(tmp_path)
    kept, failed, retried, fresh = soffice()
    assert failed["profile"] == kept["profile"] and failed["built"]
    assert Path(retried["profile"]).parent != _kept_folder()  # the same call tried a throw-away profile
    assert Path(fresh["profile"]).parent == _kept_folder() and fresh["profile"] != kept["profile"]
    assert not fresh["built"] and not Path(kept["profile"]).exists()


def test_a_profile_in_use_is_not_shared(tmp_path, soffice):
    with pdf.reused_profile():
        _convert(tmp_path)
        (lock,) = _kept_folder().glob("*.lock")
        handle = os.open(lock, os.O_RDWR)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another conversion holds it
            _convert(tmp_path)
        finally:
            os.close(handle)
    kept, other = soffice()
    assert Path(other["profile"]).parent != _kept_folder() and not other["built"]


def test_a_folder_open_to_others_is_not_trusted(tmp_path, soffice):
    _kept_folder().mkdir(mode=0o700)
    _kept_folder().chmod(0o777)
    with pdf.reused_profile():
        _convert(tmp_path)
    (seen,) = soffice()
    assert Path(seen["profile"]).parent != _kept_folder()
    assert list(_kept_folder().iterdir()) == []


def test_only_a_cached_layout_pass_reuses_the_profile(tmp_path, monkeypatch):
    """contents_pages asks for the kept profile when the cache is in use, not with --no-cache."""
    import plancraft.render

    asked: list[bool] = []
    monkeypatch.setattr(plancraft.render, "toc_pages", lambda docx: asked.append(pdf._reuse.get()) or [3])
    monkeypatch.setattr(plancraft.render, "layout_key", lambda docx: "ab" * 32)
    publish.contents_pages(b"document", tmp_path / "cache")
    publish.contents_pages(b"document", None)
    assert asked == [True, False]
    assert pdf._reuse.get() is False
