"""`plancraft history`: every version of a plan, who approved it and when, which was in force on a day,
and what changed between two versions whose texts can be found.

Everything comes from the plan file (its `history`, `approvals`, `revisions`); only `--diff ... --git`
reads the repository, to find earlier texts by their content digest.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from plancraft import history, versions
from plancraft.i18n import _, listing, pgettext
from plancraft.diagnostics import PlanError
from plancraft.digest import content_digest, short
from plancraft.errors import UsageError
from plancraft.loader import LoadedPlan, load, load_bytes

MAX_COMMITS = 1000


class HistoryError(UsageError):
    """A history question that cannot be answered as asked (a usage error)."""


@dataclass(frozen=True)
class Row:
    version: history.Version
    state: str  # "in force", "superseded", "not yet in force", "approved, no effective date", "not approved"
    superseded_by: history.Version | None


def rows(data: dict, as_of: str) -> list[Row]:
    in_force = history.in_force(data, as_of)
    result = []
    for version in history.all_versions(data):
        if version.in_file and not version.approvals and not version.version:
            continue
        after = history.successor(data, version) if version.approved else None
        if not version.approved:
            state = "not approved"
        elif in_force is not None and version == in_force:
            state = "in force"
        elif not version.effective:
            state = "approved, no effective date"
        elif version.effective > as_of:
            state = "not yet in force"
        else:
            state = "superseded"
        result.append(Row(version, state, after))
    return result


def report(loaded: LoadedPlan, as_of: str) -> dict:
    """The whole answer as plain data (what `--format json` prints)."""
    data = loaded.data
    in_force = history.in_force(data, as_of)
    document = data.get("document") if isinstance(data.get("document"), dict) else {}
    revisions = {str(r.get("version")): r for r in data.get("revisions") or [] if isinstance(r, dict)}
    out_rows = []
    for row in rows(data, as_of):
        v = row.version
        revision = revisions.get(v.version, {})
        out_rows.append(
            {
                "version": v.version,
                "state": row.state,
                "effective": v.effective,
                "approved_on": v.approved_on,
                "digest": v.digest,
                "in_file": v.in_file,
                "stale": v.stale,
                "changes": revision.get("changes"),
                "superseded_by": row.superseded_by.version if row.superseded_by else None,
                "superseded_on": row.superseded_by.effective if row.superseded_by else None,
                "approvals": [{k: a.get(k) for k in ("step", "name", "role", "date")} for a in v.approvals],
            }
        )
    return {
        "plan": loaded.file,
        "id": document.get("id"),
        "title": document.get("title"),
        "as_of": as_of,
        "in_force": in_force.version if in_force else None,
        "versions": out_rows,
    }


def render(result: dict, fmt: str) -> str:
    """The history as `fmt`, one of FORMATS."""
    return FORMATS[fmt](result)


def _json(result: dict) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def _in_force_line(result: dict) -> str:
    version = next((v for v in result["versions"] if v["version"] == result["in_force"]), None)
    if version is None:
        return _("In force on {as_of}: no approved version (none had taken effect by then)").format(as_of=result["as_of"])
    approved = next((a for a in version["approvals"] if a["step"] == "approved"), {})
    return _("In force on {as_of}: version {version}, approved by {get} on {get2}, effective {effective}").format(
        as_of=result["as_of"],
        version=version["version"],
        get=approved.get("name"),
        get2=approved.get("date"),
        effective=version["effective"],
    )


def _status(v: dict) -> str:
    later = ""
    if v["superseded_by"]:
        when = _(" on {date}").format(date=v["superseded_on"]) if v["superseded_on"] else ""
        later = _("superseded by {superseded_by}{when}").format(superseded_by=v["superseded_by"], when=when)
    if v["state"] == "superseded":
        return later or _("superseded")
    if v["state"] == "not yet in force":
        base = _("not yet in force (takes effect {effective})").format(effective=v["effective"])
    elif v["state"] == "not approved":
        base = _("draft (not approved)")
    else:
        base = {"in force": _("in force")}.get(v["state"], v["state"])
    return base + pgettext("list separator", "; ") + later if later else base


def _text(result: dict) -> str:
    title = (
        _("{title} ({id})").format(title=result["title"], id=result["id"]) if result.get("id") else str(result.get("title") or "")
    )
    lines = [_("{plan}: {title}, {count} version(s)").format(plan=result["plan"], title=title, count=len(result["versions"]))]
    for v in result["versions"]:
        effective = _("  effective {effective}").format(effective=v["effective"]) if v["effective"] else ""
        lines.append(
            _("version {version}{effective}  {status}").format(version=v["version"], effective=effective, status=_status(v))
            + (_("  (the plan changed after this approval)") if v["stale"] else "")
        )
        if v["changes"]:
            lines.append(_("  changes: {changes}").format(changes=v["changes"]))
        for a in v["approvals"]:
            lines.append(
                f"  {a['step']:<9} " + _("{name} ({role}) {date}").format(name=a["name"], role=a["role"], date=a["date"])
            )
        if v["digest"]:
            lines.append(_("  digest {short}").format(short=short(v["digest"])))
    lines.append(_in_force_line(result))
    return "\n".join(lines) + "\n"


def _md(text: object) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _markdown(result: dict) -> str:
    lines = [
        _("## {md} — approved versions").format(md=_md(result.get("title"))),
        "",
        "| version | effective | prepared | reviewed | approved | status |",
        "|---|---|---|---|---|---|",
    ]
    for v in result["versions"]:
        by_step = {a["step"]: f"{a['name']} ({a['role']}), {a['date']}" for a in v["approvals"]}
        lines.append(
            "| "
            + " | ".join(
                _md(x)
                for x in (
                    v["version"],
                    v["effective"] or "",
                    by_step.get("prepared", ""),
                    by_step.get("reviewed", ""),
                    by_step.get("approved", ""),
                    _status(v),
                )
            )
            + " |"
        )
    lines += ["", _md(_in_force_line(result)), ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- diff between versions


def _find(data: dict, wanted: str) -> history.Version:
    key = versions.key(wanted)
    for version in history.all_versions(data):
        if version.version == wanted or key is not None and versions.key(version.version) == key:
            return version
    known = listing(v.version for v in history.all_versions(data) if v.version)
    raise HistoryError(_("the plan has no version {wanted} (versions: {known})").format(wanted=wanted, known=known))


def _matches(version: history.Version, digest: str) -> bool:
    return version.digest == digest or bool(version.approvals) and history.bound_to(digest, version.approvals)


def version_texts(path: Path, loaded: LoadedPlan, wanted: list[history.Version], *, use_git: bool) -> dict[str, LoadedPlan]:
    """The text of each wanted version: the file itself for the version it holds, else (with
    use_git) the newest commit whose plan text has that version's approved content digest."""
    found: dict[str, LoadedPlan] = {}
    for version in wanted:
        if version.in_file:
            found[version.version] = loaded
    missing = [v for v in wanted if v.version not in found]
    if not missing or not use_git:
        return found
    for commit_text in git_texts(path):
        value = content_digest(commit_text.data)
        for version in list(missing):
            if _matches(version, value):
                found[version.version] = commit_text
                missing.remove(version)
        if not missing:
            break
    return found


def git_texts(path: Path):
    """The plan's texts in the repository's history, newest first (readable mappings only)."""
    folder = path.resolve().parent
    top = _git(["rev-parse", "--show-toplevel"], folder)
    relative = path.resolve().relative_to(Path(top.decode().strip()).resolve()).as_posix()
    commits = _git(["log", f"--max-count={MAX_COMMITS}", "--format=%H", "--", relative], folder).decode().split()
    for commit in commits:
        shown = subprocess.run(["git", "show", f"{commit}:{relative}", "--"], cwd=folder, capture_output=True, check=False)
        if shown.returncode != 0:
            continue
        try:
            old = load_bytes(shown.stdout, f"{commit[:12]}:{relative}")
        except PlanError:  # an unreadable old text is simply not a candidate
            continue
        if isinstance(old.data, dict):
            yield old


def approved_digest_in_git(path: Path, approvals: list[dict]) -> str | None:
    """The content digest of the text `approvals` signed, found in the repository's history of the
    plan (None when the plan is not in a repository or no commit holds that text)."""
    try:
        for old in git_texts(path):
            value = content_digest(old.data)
            if history.bound_to(value, approvals):
                return value
    except HistoryError:
        return None
    return None


def _git(args: list[str], folder: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, check=False)
    except OSError as exc:
        raise HistoryError(_("git cannot be run: {value}").format(value=exc.strerror or exc)) from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise HistoryError(
            _("{folder}: git {args} failed ({value})").format(
                folder=folder, args=args[0], value=message[0] if message else _("not a repository?")
            )
        )
    return done.stdout


def diff_versions(path: Path, loaded: LoadedPlan, first: str, second: str, *, use_git: bool):
    """A plancraft.diff.PlanDiff between the texts of two versions (raises HistoryError)."""
    from plancraft.diff import diff_plans

    data = loaded.data
    old, new = _find(data, first), _find(data, second)
    texts = version_texts(path, loaded, [old, new], use_git=use_git)
    for version in (old, new):
        if version.version not in texts:
            where = (
                _("no commit in the repository's history of this file has its approved text")
                if use_git
                else _("add --git to look for it in the repository's history")
            )
            raise HistoryError(
                _("{file}: the text of version {version} is not in the plan file; {where}").format(
                    file=loaded.file, version=version.version, where=where
                )
            )
    return diff_plans(_text_only(texts[old.version], old), _text_only(texts[new.version], new))


def _text_only(loaded: LoadedPlan, version: history.Version) -> LoadedPlan:
    """The plan's text without its sign-off record (what an approver compares), named by version."""
    data = {k: v for k, v in loaded.data.items() if k not in ("approvals", "history")}
    return replace(loaded, data=data, file=f"{version.version}")


def load_plan(path: str, display: str | None = None) -> LoadedPlan:
    return load(path, display=display)


def history_of(
    plan: str, *, as_of: dt.date | None = None, fmt: str = "text", versions_: tuple[str, str] | None = None, use_git: bool = False
) -> str:
    """`plancraft history`: the plan's versions as of a day (default: today) as `fmt`, or, with
    `versions_` (V1, V2), what changed between those two versions (plancraft.diff's formats)."""
    loaded = load_plan(plan, display=plan)
    if use_git and versions_ is None:
        raise UsageError(_("--git only serves --diff V1 V2"))
    if versions_ is not None:
        from plancraft.diff import render as render_diff

        return render_diff(diff_versions(Path(plan), loaded, versions_[0], versions_[1], use_git=use_git), fmt)
    return render(report(loaded, (as_of or dt.date.today()).isoformat()), fmt)


# Output format -> the function that writes it (`plancraft history --format`).
FORMATS = {"text": _text, "json": _json, "markdown": _markdown}
