"""The wheel is published under a name of our own and installs the `plancraft` command."""

from __future__ import annotations

import email
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import plancraft

ROOT = Path(__file__).resolve().parents[2]
DISTRIBUTION = "plancraft-cli"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "plancraft"  # a copy, so the build leaves the checkout as it was
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            ".v",
            "build",
            "dist",
            "out",
            "__pycache__",
            "*.egg-info",
            ".pytest_cache",
            ".plancraft_cache",
            ".hypothesis",
            "node_modules",
        ),
    )
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)]
    if _backend_at_hand():
        command.insert(4, "--no-build-isolation")  # no download when the build backend is at hand
    subprocess.run(command, check=True, cwd=out)
    (found,) = out.glob("*.whl")
    return found


def _backend_at_hand() -> bool:
    """setuptools that can build wheels itself (70.1+) or with the `wheel` package."""
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def _member(wheel: Path, suffix: str) -> str:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(suffix)]
        return archive.read(name).decode()


def test_wheel_metadata_names_the_distribution_and_the_one_version(wheel):
    metadata = email.message_from_string(_member(wheel, ".dist-info/METADATA"))
    assert metadata["Name"] == DISTRIBUTION
    assert metadata["Version"] == plancraft.__version__
    assert wheel.name.startswith("plancraft_cli-" + plancraft.__version__)


def test_wheel_installs_the_plancraft_command(wheel, tmp_path):
    assert "plancraft = plancraft.__main__:main" in _member(wheel, ".dist-info/entry_points.txt")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)], check=True
    )
    script = target / "bin" / "plancraft"
    assert script.is_file()
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run([sys.executable, str(script), "--version"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(plancraft.__version__)
    # the command ran the installed copy, with the templates and the schema the build packs in
    assert (target / "plancraft" / "templates").is_dir()
    assert (target / "plancraft" / "data" / "plan.schema.json").read_bytes() == (
        ROOT / "schema" / "plan.schema.json"
    ).read_bytes()
    schema = subprocess.run([sys.executable, str(script), "schema"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert schema.returncode == 0 and '"$schema"' in schema.stdout


def test_wheel_ships_the_compiled_catalogue_and_uses_it(wheel, tmp_path):
    """The build compiles each .po into the .mo an installed plancraft reads (issue 20: no catalogue parsed
    at start-up); the installed copy answers in Chinese from it, as the checkout does from the .po."""
    mo = "plancraft/locale/zh_CN/LC_MESSAGES/plancraft.mo"
    with zipfile.ZipFile(wheel) as archive:
        assert mo in archive.namelist()
        assert "plancraft/locale/zh_CN/LC_MESSAGES/plancraft.po" in archive.namelist()
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)], check=True
    )
    probe = (
        "from plancraft import i18n; t = i18n.translations('zh-CN'); "
        "print(type(t).__name__); print(t.gettext('no such file or folder')); print(t.ngettext('{count} error', '{count} errors', 2))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    from plancraft.i18n import translations

    checkout = translations("zh-CN")
    assert done.stdout.splitlines() == [
        "Compiled",
        checkout.gettext("no such file or folder"),
        checkout.ngettext("{count} error", "{count} errors", 2),
    ]
    assert done.stdout.splitlines()[1] != "no such file or folder"


def test_docs_install_the_distribution_by_its_own_name():
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        assert "pip install plancraft " not in text and "pip install plancraft\n" not in text, doc
