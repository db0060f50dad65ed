"""The hostile-input corpus: every case as bytes, by a name that says what it shows.

Small cases are committed under tests/fixtures/hostile/ (run this script to rewrite them after an
edit here: `python tests/hostile/make_cases.py`); big ones (over the size limit, deep nesting,
random bytes, a near-limit flood of nodes) are only built at test time, into a temporary folder,
so that no megabytes are committed. test_hostile.py checks that the committed files are exactly
what SMALL builds.

EXPECT says what each command must exit with: (validate, lint, render, fmt).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Callable

CASES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"

# A minimal schema-valid plan (lint: warnings only: it has a procedure and a deadline, issue 14);
# cases are built from it.
BASE = """\
plancraft: 1
document:
  id: hostile-test
  title: Hostile input test plan
  language: en
purpose: To show what plancraft does with broken and hostile input.
scope: The test suite.
principles:
  - title: Be safe
organisation:
  roles:
    - id: lead
      title: Lead
levels:
  - id: general
    name: General
scenarios:
  - id: fire
    title: Fire
    actions:
      - do: Leave the building
        within: 5min
"""

LOADER = (2, 2, 2, 2)  # refused while reading: usage / unreadable input everywhere
SCHEMA = (1, 1, 1, 0)  # read, but fails the schema: findings; render refuses; fmt still lays it out
CLEAN = (0, 0, 0, 0)


def _plan(**replace: str) -> bytes:
    text = BASE
    for old, new in replace.items():
        old = old.replace("__", " ")
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.encode("utf-8")


def _with(extra: str) -> bytes:
    return BASE.encode("utf-8") + extra.encode("utf-8")


def _title(value: str) -> bytes:
    return BASE.replace("  title: Hostile input test plan\n", f"  title: {value}\n").encode("utf-8")


def _bomb(levels: int, leaf: str = '"lol"') -> str:
    """The billion laughs: 10 aliases per level, 10**levels nodes from a few hundred bytes."""
    lines = [f"x-l0: &l0 [{', '.join([leaf] * 10)}]"]
    for n in range(1, levels):
        lines.append(f"x-l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]")
    return "\n".join(lines) + "\n"


# name -> (bytes, expected exit codes (validate, lint, render, fmt), position expected in the message)
SMALL: dict[str, tuple[bytes, tuple[int, int, int, int], bool]] = {
    # -- alias bombs
    "alias-bomb-billion-laughs.yaml": (b"plancraft: 1\n" + _bomb(9).encode(), LOADER, True),
    "alias-bomb-in-field-failing-schema.yaml": (_bomb(9).encode() + _title("*l8"), LOADER, True),
    "alias-bomb-under-limit-in-field-failing-schema.yaml": (_bomb(4).encode() + _title("*l3"), SCHEMA, True),
    "alias-bomb-under-limit-as-list-items.yaml": (
        _bomb(4).encode() + BASE.replace("principles:\n  - title: Be safe\n", "principles: *l3\n").encode(),
        SCHEMA,
        True,
    ),
    # -- nesting (the big ones are in BIG)
    "nesting-300-flow.yaml": (b"plancraft: 1\nx-deep: " + b"[" * 300 + b"]" * 300 + b"\n", LOADER, True),
    "nesting-60-allowed.yaml": (_with("x-deep: " + "[" * 60 + "]" * 60 + "\n"), CLEAN, False),
    # -- anchors
    "self-referencing-anchor.yaml": (_with("x-self: &x {b: *x}\n"), LOADER, True),
    "self-referencing-anchor-block.yaml": (_with("x-self: &x\n  b: *x\n"), LOADER, True),
    "alias-before-anchor.yaml": (_with("x-a: *nowhere\n"), LOADER, True),
    "anchors-and-aliases-valid.yaml": (
        _plan(**{"    name: General\n": "    name: General\n    notify: &everyone [lead]\n"}) + b"x-copy: *everyone\n",
        CLEAN,
        False,
    ),
    "alias-as-key.yaml": (_with("x-k: &k x-key\n*k : 1\n"), LOADER, True),
    "complex-key.yaml": (_with("? [a, b]\n: 1\n"), LOADER, True),
    # -- duplicate keys
    "duplicate-top-level-key.yaml": (_with("purpose: Again.\n"), LOADER, True),
    "duplicate-nested-key.yaml": (_plan(**{"  language: en\n": "  language: en\n  title: Twice\n"}), LOADER, True),
    # -- encodings
    "latin1-bytes.yaml": (_title("Caf\xe9 plan").decode("utf-8").encode("latin-1"), LOADER, True),
    "invalid-utf8-overlong.yaml": (_title("x").replace(b"title: x", b"title: \xc0\xaf"), LOADER, True),
    "invalid-utf8-surrogate.yaml": (_title("x").replace(b"title: x", b"title: \xed\xa0\x80"), LOADER, True),
    "invalid-utf8-truncated-sequence.yaml": (BASE.encode() + b"x-cut: \xe4\xb8\n", LOADER, True),
    "utf16-le-bom.yaml": (b"\xff\xfe" + BASE.encode("utf-16-le"), LOADER, True),
    "utf16-be-bom.yaml": (b"\xfe\xff" + BASE.encode("utf-16-be"), LOADER, True),
    "utf16-le-no-bom.yaml": (BASE.encode("utf-16-le"), LOADER, True),
    "utf8-bom-at-start-allowed.yaml": (b"\xef\xbb\xbf" + BASE.encode(), CLEAN, False),
    "bom-in-the-middle.yaml": (_title("Hostile\ufeffplan"), LOADER, True),
    # -- control characters
    "control-char-raw-vt.yaml": (_title("a\x0bb"), LOADER, True),
    "control-char-raw-nul.yaml": (_title("a\x00b"), LOADER, True),
    "control-char-raw-esc.yaml": (_title("a\x1b[2Jb"), LOADER, True),
    "control-char-escaped-vt.yaml": (_title('"a\\x0bb"'), LOADER, True),
    "control-char-escaped-nul.yaml": (_title('"a\\0b"'), LOADER, True),
    "control-char-escaped-in-key.yaml": (_with('"x-\\e[2J": 1\n'), LOADER, True),
    "lone-surrogate-escaped.yaml": (_title('"\\ud800"'), LOADER, True),
    "noncharacter-escaped.yaml": (_title('"\\uFFFE"'), LOADER, True),
    # -- whitespace
    "tab-indentation.yaml": (_plan(**{"  title: Hostile": "\ttitle: Hostile"}), LOADER, True),
    "tab-inside-text-allowed.yaml": (_title('"Hostile\\tplan"'), CLEAN, False),
    "crlf-line-endings-allowed.yaml": (BASE.replace("\n", "\r\n").encode(), CLEAN, False),
    # -- YAML versions and YAML 1.1 words
    "yaml-1.1-directive.yaml": (
        b"%YAML 1.1\n---\n" + _title("no").replace(b"scope: The test suite.", b"scope: on") + b"x-time: 1:00\n",
        LOADER,
        True,
    ),
    "yaml-1.3-directive.yaml": (b"%YAML 1.3\n---\n" + BASE.encode(), LOADER, True),
    "yaml-1.1-words-stay-text.yaml": (
        _title("no").replace(b"scope: The test suite.", b"scope: on") + b"x-time: 1:00\nx-octal: 010\n",
        CLEAN,
        False,
    ),
    # -- dates
    "date-in-text-field.yaml": (_title("2024-09-19"), CLEAN, False),
    "impossible-date-feb-30.yaml": (_plan(**{"  language: en\n": "  language: en\n  effective: 2024-02-30\n"}), SCHEMA, True),
    "impossible-date-not-leap.yaml": (_plan(**{"  language: en\n": "  language: en\n  effective: 2023-02-29\n"}), SCHEMA, True),
    "impossible-date-month-13.yaml": (_plan(**{"  language: en\n": "  language: en\n  effective: 2024-13-01\n"}), SCHEMA, True),
    "date-with-trailing-newline.yaml": (
        _plan(**{"  language: en\n": '  language: en\n  effective: "2024-01-01\\n"\n'}),
        SCHEMA,
        True,
    ),
    # -- tags
    "python-object-apply-tag.yaml": (_with('x-run: !!python/object/apply:os.system ["touch PWNED"]\n'), LOADER, True),
    "python-name-tag.yaml": (_with("x-run: !!python/name:os.system\n"), LOADER, True),
    "verbatim-python-tag.yaml": (_with("x-run: !<tag:yaml.org,2002:python/none> x\n"), LOADER, True),
    "binary-tag.yaml": (_with("x-bin: !!binary aGVsbG8=\n"), LOADER, True),
    "set-tag.yaml": (_with("x-set: !!set {a, b}\n"), LOADER, True),
    "timestamp-tag.yaml": (_with("x-when: !!timestamp 2024-01-01\n"), LOADER, True),
    "local-include-tag.yaml": (_with("x-secrets: !include /etc/passwd\n"), LOADER, True),
    "tag-directive-redefines-standard.yaml": (b"%TAG !! tag:evil.example,2000:\n---\n" + _title("!!str x"), LOADER, True),
    "standard-tags-allowed.yaml": (_title("!!str 2024") + b"x-n: !!int 3\nx-f: !!float 1.5\n", CLEAN, False),
    # -- merge keys
    "merge-key.yaml": (_with("x-base: &base {a: 1}\nx-derived:\n  <<: *base\n  b: 2\n"), LOADER, True),
    "merge-key-quoted-is-just-a-key.yaml": (_with('x-derived:\n  "<<": 1\n'), CLEAN, False),
    # -- not one plan
    "empty.yaml": (b"", LOADER, False),
    "whitespace-only.yaml": (b"  \n\n   \n", LOADER, False),
    "comment-only.yaml": (b"# nothing here yet\n# still nothing\n", LOADER, False),
    "document-markers-only.yaml": (b"---\n...\n", LOADER, False),
    "top-level-list.yaml": (b"- plancraft: 1\n- document: {}\n", LOADER, False),
    "top-level-scalar.yaml": (b"just some text\n", LOADER, False),
    "two-documents.yaml": (BASE.encode() + b"---\n" + BASE.encode(), LOADER, True),
    # -- syntax
    "unclosed-double-quote.yaml": (_title('"Hostile input'), LOADER, True),
    "unclosed-single-quote.yaml": (_title("'Hostile input"), LOADER, True),
    "unclosed-flow-sequence.yaml": (_with("x-list: [1, 2\n"), LOADER, True),
    "bad-indentation.yaml": (
        _plan(**{"  title: Hostile input test plan\n": "  title: Hostile input test plan\n   oops: 1\n"}),
        LOADER,
        True,
    ),
    # -- numbers
    "huge-integer.yaml": (_with("x-n: " + "9" * 5000 + "\n"), LOADER, True),
    "huge-hex-integer.yaml": (_with("x-n: 0x" + "f" * 5000 + "\n"), LOADER, True),
    "huge-tagged-integer.yaml": (_with("x-n: !!int " + "9" * 5000 + "\n"), LOADER, True),
    "nan-in-extension-field.yaml": (_with("x-n: .nan\n"), SCHEMA, True),
    "infinity-in-extension-field.yaml": (_with("x-n: .inf\n"), SCHEMA, True),
    "float-overflow.yaml": (_with("x-n: 1e400\n"), SCHEMA, True),
    "plancraft-version-as-text.yaml": (_plan(**{"plancraft: 1\n": 'plancraft: "1"\n'}), SCHEMA, True),
    # -- schema-level hostility
    "id-with-trailing-newline.yaml": (_plan(**{"  id: hostile-test": '  id: "hostile-test\\n"'}), SCHEMA, True),
    "long-unknown-key.yaml": (_with("? " + "k" * 3000 + "\n: 1\n"), SCHEMA, True),
    "required-keys-missing.yaml": (b"plancraft: 1\n", SCHEMA, True),
    "xml-special-characters-allowed.yaml": (_title('"A & B <tag> </w:t><w:t>injected ]]> \\" \' done"'), CLEAN, False),
    # -- issue 13: C1 controls, YAML-equal keys, year 0000, surrogate pairs
    "control-char-c1-escaped-nel.yaml": (_title('"a\\x85b"'), LOADER, True),
    "control-char-c1-escaped-csi.yaml": (_title('"a\\u009bb"'), LOADER, True),
    "control-char-c1-raw.yaml": (_title("a\x85b"), LOADER, True),
    "duplicate-key-true-and-True.yaml": (_with("x-t:\n  true: 1\n  True: 2\n"), LOADER, True),
    "duplicate-key-hex-and-decimal.yaml": (_with("x-n:\n  0x10: 1\n  16: 2\n"), LOADER, True),
    "duplicate-key-quoted-and-plain-number.yaml": (_with('x-n:\n  "16": 1\n  16: 2\n'), LOADER, True),
    "year-0000.yaml": (_plan(**{"  language: en\n": "  language: en\n  effective: 0000-01-01\n"}), SCHEMA, True),
    "surrogate-pair-escaped-allowed.yaml": (_title('"Plan \\ud83d\\ude92"'), CLEAN, False),
    # -- issue 13: plan text never becomes template source; long fields; out-of-range dates
    "issuer-with-quotes-and-backslashes-allowed.yaml": (
        _plan(**{"  language: en\n": '  language: en\n  issuer: "Bank \\"North\\" \\\\ branch \\\\x0b"\n'}),
        CLEAN,
        False,
    ),
    "issuer-injecting-yaml-keys-allowed.yaml": (
        _plan(
            **{
                "  language: en\n": '  language: en\n  issuer: "a\\"\\ninterpretation: injected\\nx: &a [1,2]\\ny: [*a,*a]\\nz: \\""\n'
            }
        ),
        CLEAN,
        False,
    ),
    "title-longer-than-255-allowed.yaml": (_title("T" * 300), CLEAN, False),
    "review-every-99999y.yaml": (_with("review:\n  every: 99999y\n"), SCHEMA, True),
    "effective-9999-12-31-with-review.yaml": (
        _plan(**{"  language: en\n": "  language: en\n  effective: 9999-12-31\n"}) + b"review:\n  every: 1y\n",
        (0, 1, 0, 0),
        True,
    ),
}


def _nest_block_mapping(depth: int) -> bytes:
    lines = ["plancraft: 1", "x-deep:"]
    lines += [" " * (2 * i) + "k:" for i in range(1, depth + 1)]
    return ("\n".join(lines) + " leaf\n").encode()


def _nest_block_sequence(depth: int) -> bytes:
    # Compact block sequences (`- - - leaf`): the only block style that nests 5,000 deep within the
    # size limit (indented block mappings 5,000 deep would be 25 MB and hit the size limit first).
    return b"plancraft: 1\nx-deep:\n  " + b"- " * depth + b"leaf\n"


def _random_bytes() -> bytes:
    rng = random.Random(7)  # fixed seed: the same bytes on every run
    data = bytes(rng.randrange(256) for _ in range(64 * 1024))
    assert b"\xff" in data
    return data


def _over_size_limit() -> bytes:
    from plancraft.loader import MAX_BYTES

    text = BASE + "x-filler: |\n"
    line = "  " + "filler text " * 8 + "\n"
    while len(text) <= MAX_BYTES:
        text += line
    return text.encode()


def _huge_text_value() -> bytes:
    """Just under the size limit: a 1.9 MB title (maxLength is 20,000) — the message must stay short."""
    return _title('"' + "A" * 1_900_000 + '"')


def _node_flood() -> bytes:
    """99,000 nodes, each failing the schema: a flood of errors that must be capped."""
    return _plan(**{"  language: en\n": "  language: en\n  basis: [" + ", ".join(["1"] * 99_000) + "]\n"})


BIG: dict[str, tuple[Callable[[], bytes], tuple[int, int, int, int], bool]] = {
    "nesting-300-block-mapping.yaml": (lambda: _nest_block_mapping(300), LOADER, True),
    "nesting-300-block-sequence.yaml": (lambda: _nest_block_sequence(300), LOADER, True),
    "nesting-5000-block-sequence.yaml": (lambda: _nest_block_sequence(5000), LOADER, True),
    "nesting-5000-flow.yaml": (lambda: b"plancraft: 1\nx-deep: " + b"[" * 5000 + b"]" * 5000 + b"\n", LOADER, True),
    "nesting-5000-flow-mapping.yaml": (
        lambda: b"plancraft: 1\nx-deep: " + b"{a: " * 5000 + b"1" + b"}" * 5000 + b"\n",
        LOADER,
        True,
    ),
    "over-size-limit.yaml": (_over_size_limit, LOADER, True),
    "random-bytes.yaml": (_random_bytes, LOADER, True),
    "huge-text-value.yaml": (_huge_text_value, SCHEMA, True),
    "node-flood-99000-errors.yaml": (_node_flood, SCHEMA, True),
}


def write_small(folder: Path = CASES_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (data, _, _) in SMALL.items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    return written


def write_big(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, (build, _, _) in BIG.items():
        (folder / name).write_bytes(build())
        out[name] = folder / name
    return out


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else CASES_DIR
    for path in write_small(target):
        print(path)
