"""A document with no text is refused (exit 2, nothing written), not imported as a draft of placeholders."""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from plancraft.cli import main


@pytest.mark.parametrize("name", ["empty.txt", "blank.md", "blank.docx"])
def test_a_document_without_text_is_refused(tmp_path, name):
    source = tmp_path / name
    if name.endswith(".docx"):
        document = docx.Document()
        document.add_paragraph("")
        document.add_paragraph("   ")
        document.save(str(source))
    else:
        source.write_text("" if name == "empty.txt" else "\n\n   \n", encoding="utf-8")
    output = tmp_path / "plan.yaml"
    result = CliRunner().invoke(main, ["import", "--lang", "zh-CN", str(source), "-o", str(output)])
    assert result.exit_code == 2
    assert result.output.strip() == f"plancraft: {source}：文档中没有文字，没有可导入的内容"
    assert not output.exists()
