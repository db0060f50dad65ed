"""scripts/i18n_extract.py loaded as a module (it lives outside the package, see its docstring)."""

import importlib.util

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("i18n_extract", ROOT / "scripts" / "i18n_extract.py")
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

updated_catalogues = _module.updated_catalogues
