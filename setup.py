"""Build hook: ship the repository's templates/ inside the package (plancraft/templates)."""

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


setup(cmdclass={"build_py": BuildWithTemplates})
