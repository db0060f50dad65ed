"""Issue 14: the worst plan must not look best; a UK plan is never judged by Chinese law."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from plancraft.cli import main

HOLLOW = """\
plancraft: 1
document:
  id: hollow
  title: 客户投诉应急预案
  issuer: 示例银行梁平支行
  language: zh-CN
purpose: 规范客户投诉处理。
scope: 适用于本行各营业网点。
principles:
  - title: 依法合规
organisation:
  roles:
    - {id: president, title: 行长, duties: [全面负责]}
levels:
  - {id: general, name: 一般投诉, criteria: 个别客户投诉, lead: president}
  - {id: major, name: 重大投诉, criteria: 群体性投诉, lead: president}
scenarios: []
"""

UK = """\
plancraft: 1
document:
  id: uk-complaints
  title: Complaints procedure
  issuer: Example Bank plc
  language: en
  jurisdiction: GB
purpose: To resolve complaints fairly.
scope: All customers of the bank.
principles:
  - title: Fairness
organisation:
  roles:
    - {id: manager, title: Complaints manager}
    - {id: staff, title: Staff}
levels:
  - {id: general, name: Ordinary complaint}
  - {id: serious, name: Serious complaint}
scenarios:
  - id: handle
    title: Handle a complaint
    level: serious
    actions:
      - {do: Acknowledge the complaint promptly, by: staff}
      - {do: Investigate, by: manager}
time_limits:
  - {id: final, what: Send the final response, within: 12w}
  - {id: refer, what: Customer may refer to the Financial Ombudsman, within: 6mo, party: customer}
"""

CHINESE_LAW = re.compile(r"办法|国办发|GB/T|投诉办法|指引|第.+条")


def _lint(tmp_path: Path, name: str, text: str):
    plan = tmp_path / name
    plan.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["lint", str(plan), "--no-cache"])


def test_a_plan_without_procedure_or_deadlines_fails(tmp_path: Path) -> None:
    result = _lint(tmp_path, "hollow.yaml", HOLLOW)
    assert result.exit_code == 1, result.output
    assert "PC109 error: the plan has no scenarios" in result.output
    assert "PC306 error: the plan sets no deadline at all" in result.output
    for noise in ("PC106", "PC107", "PC511", "PC305", "PC307", "PC308"):
        assert noise not in result.output, noise


def test_a_uk_plan_gets_no_chinese_statutory_finding(tmp_path: Path) -> None:
    result = _lint(tmp_path, "uk.yaml", UK)
    assert result.exit_code == 1, result.output
    findings = [line for line in result.output.splitlines() if re.search(r": PC\d+ ", line)]
    assert findings
    chinese = [line for line in findings if CHINESE_LAW.search(line)]
    assert chinese == []
    assert "allows 12w, beyond 8w, the period for a final response, 8 weeks from receipt (FCA DISP 1.6.2R)" in result.output
    assert "Financial Ombudsman" not in " ".join(f for f in findings if "PC304" in f)  # the customer's window
    assert "PC308" in result.output  # "promptly" is not a deadline, in any language
