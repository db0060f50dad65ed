"""Build hook: ship the repository's templates/ and schema/plan.schema.json inside the package
(plancraft/templates, plancraft/data): the repository keeps one committed copy of each; and compile
each message catalogue (.po) into the .mo an installed plancraft reads (no .mo is committed)."""

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    def run(self):
        super().run()
        source = Path(__file__).resolve().parent / "templates"
        target = Path(self.build_lib) / "plancraft" / "templates"
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)
        schema = Path(__file__).resolve().parent / "schema" / "plan.schema.json"
        if schema.is_file():
            (Path(self.build_lib) / "plancraft" / "data").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(schema, Path(self.build_lib) / "plancraft" / "data" / "plan.schema.json")
        compile_catalogues(Path(self.build_lib) / "plancraft" / "locale")


def compile_catalogues(locale: Path) -> list[Path]:
    """Write the .mo of every .po under `locale` with plancraft's own compiler (plancraft.i18n.catalogue,
    loaded from its file: the build needs nothing of plancraft's dependencies)."""
    source = Path(__file__).resolve().parent / "plancraft" / "i18n" / "catalogue.py"
    spec = importlib.util.spec_from_file_location("_plancraft_catalogue", source)
    catalogue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogue)
    return [catalogue.compile_catalogue(po) for po in sorted(locale.glob("*/LC_MESSAGES/*.po"))]


setup(cmdclass={"build_py": BuildWithTemplates})
