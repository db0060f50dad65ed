#!/usr/bin/env bash
# README images of a rendered plan: the Chinese example -> .docx -> PDF (LibreOffice) -> PNG (pdftoppm).
#   scripts/screenshots.sh [PLAN] [OUTDIR]
# Writes OUTDIR/cover.png (page 1), OUTDIR/scenario.png (the page where the first scenario starts)
# and OUTDIR/card.png (the first page of the response card of the role CARD_ROLE, default lobby-manager).
# Needs libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
plan="${1:-$root/plans/examples/bank-branch.zh.yaml}"
outdir="${2:-$root/docs/images}"
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in soffice pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is not installed" >&2; exit 3; }
done

# Render and convert through plancraft itself, so the PDF uses the same font stand-ins as `render --pdf`.
PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$python" - "$plan" "$work" "${CARD_ROLE:-lobby-manager}" <<'PY'
import sys
from pathlib import Path
from plancraft.loader import load
from plancraft.render import convert_to_pdf, render_docx
from plancraft.render.cards import cards_docx

plan, work, role = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
data = load(plan).readable
(work / "plan.docx").write_bytes(render_docx(data))
convert_to_pdf(work / "plan.docx", work / "plan.pdf")
(work / "card.docx").write_bytes(cards_docx(data, roles=[role]))
convert_to_pdf(work / "card.docx", work / "card.pdf")
# The first scenario's title appears in the table of contents, then where the scenario starts
# (and perhaps later, e.g. under drills): the second page that carries it is the scenario page.
(work / "title.txt").write_text(data["scenarios"][0]["title"], encoding="utf-8")
PY

title="$(cat "$work/title.txt")"
pages="$(pdfinfo "$work/plan.pdf" | awk '/^Pages:/ {print $2}')"
scenario_page=""
seen=0
for ((page = 2; page <= pages; page++)); do
  if pdftotext -f "$page" -l "$page" "$work/plan.pdf" - | tr -d ' ' | grep -qF "$(echo "$title" | tr -d ' ')"; then
    seen=$((seen + 1))
    if [ "$seen" -eq 2 ]; then scenario_page="$page"; break; fi
  fi
done
[ -n "$scenario_page" ] || { echo "screenshots: no page shows \"$title\"" >&2; exit 1; }

mkdir -p "$outdir"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/plan.pdf" "$outdir/cover"
pdftoppm -png -r 80 -f "$scenario_page" -l "$scenario_page" -singlefile "$work/plan.pdf" "$outdir/scenario"
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/card.pdf" "$outdir/card"
echo "screenshots: $outdir/cover.png (page 1), $outdir/scenario.png (page $scenario_page of $pages), $outdir/card.png"
