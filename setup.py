"""Build hook: ship the repository's templates/ and schema/plan.schema.json inside the package
(plancraft/templates, plancraft/data): the repository keeps one committed copy of each."""

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


setup(cmdclass={"build_py": BuildWithTemplates})
