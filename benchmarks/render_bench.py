"""Render speed against pandoc: the complete example plan, and pandoc turning the same content
(as Markdown) into a .docx, alternating in one run. Goal: plancraft at most 2x pandoc's time.

    python benchmarks/render_bench.py [PLAN] [--rounds N]

plancraft is timed in-process (the render_docx API, YAML load included) and as the command
`plancraft render PLAN -o OUT`; pandoc as the command it is (`pandoc -f markdown -t docx`).
The command is timed
  warm: the plan unchanged since its last render, as on every render after the first of a document
        (the document itself from the render output cache in .plancraft_cache/renders/);
  edited (comment): one comment line of the plan changed each round: the lint findings miss the cache (the
        plan is parsed and linted again), the document does not (it is made of the same data);
  edited (text): one sentence of the plan changed each round, a draft as `plancraft render` makes it by
        default (no contents page numbers, so no LibreOffice pass): lint and the document afresh,
        --rounds of them, alternating with pandoc like the warm rounds;
  edited (text, --final): one sentence changed, the plan signed off again (prepared, reviewed, approved:
        not timed) and rendered as a final document, whose contents carry page numbers: lint, the document
        and one LibreOffice layout pass, --edit-rounds of them;
  cold: `--no-cache --page-numbers` (the LibreOffice layout pass, 1-7 s, where LibreOffice is installed),
        --cold-rounds.
"""

from __future__ import annotations

import argparse
import os
import datetime
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from plancraft.render import render_docx  # noqa: E402
from plancraft.render.build import template_context  # noqa: E402
from plancraft.render.outline import Annex, Heading, Para, SubTitle, Table, make_outline  # noqa: E402
from plancraft.render.texts import Texts  # noqa: E402

DEFAULT_PLAN = ROOT / "plans" / "examples" / "bank-branch.zh.yaml"


def load(path: Path) -> dict:
    def plain(v):
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v.isoformat() if isinstance(v, (datetime.date, datetime.datetime)) else v

    return plain(YAML(typ="safe").load(path.read_text(encoding="utf-8")))


def markdown(plan: dict) -> str:
    """The same content as the .docx (cover, control, headings, paragraphs, tables, annexes) in Markdown."""
    lang = plan["document"]["language"]
    texts = Texts(lang, None, template_context(plan, lang, draft=True, final=False, copy_number=None, recipient=None))
    outline = make_outline(plan, texts, draft=True, digest=None, final=False, copy_number=None, recipient=None)
    out = [f"% {outline.title}", "", outline.cover.issuer, ""]
    out += [f"**{label}** {value}  " for label, value in outline.cover.fields] + [""]

    def table(t: Table) -> list[str]:
        cell = lambda s: s.replace("|", "\\|").replace("\n", " ")  # noqa: E731
        rows = ["| " + " | ".join(cell(h) for h in t.header) + " |", "|" + "---|" * len(t.header)]
        rows += ["| " + " | ".join(cell(c) for c in r) + " |" for r in t.rows]
        return rows + [""]

    for block in outline.control + outline.body + outline.annexes:
        if isinstance(block, Heading):
            out += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, (SubTitle,)):
            out += [f"**{block.text}**", ""]
        elif isinstance(block, Annex):
            out += ["\\newpage", "", f"# {block.label} {block.title}", ""]
        elif isinstance(block, Para):
            out += [block.lead + block.text, ""]
        elif isinstance(block, Table):
            out += table(block)
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", type=Path, default=DEFAULT_PLAN)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--cold-rounds", type=int, default=3, help="cold command runs (--no-cache)")
    parser.add_argument(
        "--edit-rounds",
        type=int,
        default=3,
        help="command runs with one sentence of the plan changed (every cache but the templates' misses)",
    )
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc is not installed; nothing to compare against", file=sys.stderr)
        return 2
    plan = load(args.plan)
    md = markdown(plan)
    ours: list[float] = []
    theirs: list[float] = []
    command: list[float] = []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # the command runs in a fresh folder (its own .plancraft_cache/): import this checkout's plancraft there
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    cli = [sys.executable, "-m", "plancraft", "render", str(args.plan)]
    source = args.plan.read_text(encoding="utf-8")
    edited: list[float] = []
    unlaid: list[float] = []
    pandoc_cpu: list[float] = []  # CPU seconds (user + system) of each command and the processes it waited for
    edited_cpu: list[float] = []  # of the edited (comment) and edited (text) runs, in turn
    with tempfile.TemporaryDirectory() as tmp:
        edited_plan = Path(tmp) / args.plan.name

        def children_cpu() -> float:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        def run_edited(text: str, *, layout: bool = False) -> float:
            edited_plan.write_text(text, encoding="utf-8")
            if layout:  # a final document: signed off again for the changed text (not timed)
                for step, name, role in (
                    ("prepared", "李明", "office-head"),
                    ("reviewed", "张华", "compliance-head"),
                    ("approved", "王强", "president"),
                ):
                    subprocess.run(
                        [sys.executable, "-m", "plancraft", "sign", str(edited_plan), "--step", step, "--name", name]
                        + ["--role", role, "--date", "2024-09-15"],
                        check=True,
                        env=env,
                        cwd=tmp,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )
            cpu = children_cpu()
            if not layout:
                edited_cpu.append(-cpu)
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "plancraft", "render", str(edited_plan), "-o", str(Path(tmp) / "edited.docx")]
                + (["--final"] if layout else []),
                check=True,
                env=env,
                cwd=tmp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if not layout:
                edited_cpu[-1] += children_cpu()
            return time.perf_counter() - start

        md_path, out_path = Path(tmp) / "plan.md", Path(tmp) / "pandoc.docx"
        md_path.write_text(md, encoding="utf-8")
        render_docx(load(args.plan))  # warm-up: imports and template compilation, as in a long-lived process
        subprocess.run([pandoc, str(md_path), "-f", "markdown", "-t", "docx", "-o", str(out_path)], check=True)
        for _ in range(args.rounds):
            start = time.perf_counter()
            data = render_docx(load(args.plan))
            ours.append(time.perf_counter() - start)
            cpu, start = children_cpu(), time.perf_counter()
            subprocess.run([pandoc, str(md_path), "-f", "markdown", "-t", "docx", "-o", str(out_path)], check=True)
            theirs.append(time.perf_counter() - start)
            pandoc_cpu.append(children_cpu() - cpu)
            start = time.perf_counter()
            subprocess.run(
                cli + ["-o", str(Path(tmp) / "cli.docx")],
                check=True,
                env=env,
                cwd=tmp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            command.append(time.perf_counter() - start)
            edited.append(run_edited(source + f"# edit {len(edited)}\n"))  # the document is the same: page numbers hit
            text = source.replace("title: ", f"title: 第{len(unlaid)}稿", 1)
            unlaid.append(run_edited(text))  # another document: a draft, no LibreOffice pass
        retitled: list[float] = []
        try:
            for n in range(args.edit_rounds):
                text = source.replace("title: ", f"title: 第{n}版", 1)
                assert text != source
                retitled.append(run_edited(text, layout=True))
        except subprocess.CalledProcessError:  # a plan whose roles cannot sign as the example's do
            print("the --final rounds were skipped: the plan could not be signed off or rendered final", file=sys.stderr)
            retitled = []
        cold: list[float] = []
        for _ in range(args.cold_rounds):
            start = time.perf_counter()
            subprocess.run(
                cli + ["-o", str(Path(tmp) / "cold.docx"), "--no-cache", "--page-numbers"],
                check=True,
                env=env,
                cwd=tmp,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            cold.append(time.perf_counter() - start)
        pandoc_size = out_path.stat().st_size
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"plan: {args.plan} ({len(md.splitlines())} lines of Markdown for pandoc)")
    print(f"plancraft render_docx: median {a * 1000:7.1f} ms over {args.rounds} rounds ({len(data):,} bytes)")
    print(f"pandoc md -> docx:     median {b * 1000:7.1f} ms over {args.rounds} rounds ({pandoc_size:,} bytes)")
    c = statistics.median(command[1:] or command)  # the first command run fills the cache
    print(
        f"plancraft render (CLI), warm: median {c * 1000:6.1f} ms over {max(1, args.rounds - 1)} rounds "
        "(a fresh process: start-up, imports, schema check, lint findings and the document from the cache)"
    )
    e = statistics.median(edited)
    print(
        f"plancraft render (CLI), edited (comment): median {e * 1000:6.1f} ms over {len(edited)} rounds "
        "(parsed and linted afresh; the same document, from the render output cache)"
    )
    u = statistics.median(unlaid)
    print(
        f"plancraft render (CLI), edited (text): median {u * 1000:6.1f} ms over {len(unlaid)} rounds "
        "(a draft, the default: lint and the document afresh, no LibreOffice pass)"
    )
    if retitled:
        r = statistics.median(retitled)
        print(
            f"plancraft render (CLI), edited (text), --final: median {r * 1000:6.1f} ms over {len(retitled)} rounds "
            "(signed again; lint, the final checks, the document and, where LibreOffice is installed, the layout pass)"
        )
    if cold:
        d = statistics.median(cold)
        print(
            f"plancraft render (CLI), cold: median {d * 1000:6.1f} ms over {len(cold)} rounds "
            "(--no-cache --page-numbers: lint and, where LibreOffice is installed, the layout pass)"
        )
    p_cpu, e_cpu, u_cpu = (statistics.median(x) for x in (pandoc_cpu, edited_cpu[0::2], edited_cpu[1::2]))
    print(
        f"CPU seconds (user + system, the command's processes): pandoc {p_cpu * 1000:.0f} ms, edited (comment) "
        f"{e_cpu * 1000:.0f} ms ({e_cpu / p_cpu:.2f}x), edited (text) {u_cpu * 1000:.0f} ms ({u_cpu / p_cpu:.2f}x; "
        "two processes: the document is built while the plan is linted)"
    )
    print(
        f"ratio plancraft / pandoc: {a / b:.2f}x (goal <= 2x); as commands: warm {c / b:.2f}x, "
        f"edited (comment) {e / b:.2f}x, edited (text) {u / b:.2f}x"
        + (f", edited (text) --final {statistics.median(retitled) / b:.2f}x" if retitled else "")
        + (f", cold {statistics.median(cold) / b:.2f}x" if cold else "")
    )
    return 0 if a / b <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
