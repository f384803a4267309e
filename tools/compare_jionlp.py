#!/usr/bin/env python3
"""Side by side: the money amounts zhibiao's `quantities` finds in the seeds, and those JioNLP's money
extractor (`jionlp.ner.extract_money`, which parses with `parse_money`) finds, with the differences.

    python3 tools/compare_jionlp.py [SEED ...] [--raw] [--quiet]

JioNLP is installed from PyPI into a throwaway virtualenv under /tmp (never into the repo; JIONLP_VENV
names another place); the script re-runs itself there. zhibiao runs through `cargo run --release` (which
builds target/release/zhibiao when it is stale), or as the binary ZHIBIAO_BIN names.

JioNLP reads simplified text: by default it is given zhibiao's cleaned text (`zhibiao normalize`), so that
both parse the same characters, and its offsets are mapped back to the original through zhibiao's offset
map. `--raw` gives it the seed as it is (traditional characters and pinyin readings included) instead.
Amounts are matched by overlapping spans of the original text; a pair differs when the value in the base
currency, the currency or the bound (exact, about, at least, at most, range) differ.
"""

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("JIONLP_VENV", "/tmp/zhibiao-jionlp-venv"))
CURRENCIES = {"元", "美元", "欧元", "港元", "日元"}
# zhibiao's qualifier → JioNLP's `definition`.
BOUND = {
    "exact": "accurate",
    "approx": "blur",
    "near": "blur-",
    "atMost": "blur-",
    "atLeast": "blur+",
    "exceeds": "blur+",
    "over": "blur+",
    "range": "range",
}


def ensure_jionlp():
    """Re-runs this script inside a virtualenv that has jionlp, creating it when needed."""
    try:
        import jionlp  # noqa: F401

        return
    except ImportError:
        pass
    python = VENV / "bin" / "python"
    if os.environ.get("ZHIBIAO_COMPARE_IN_VENV"):
        sys.exit("jionlp is not importable inside " + str(VENV))
    if not python.exists():
        print(f"creating {VENV} and installing jionlp from PyPI…", file=sys.stderr)
        venv.create(VENV, with_pip=True)
    check = subprocess.run([str(python), "-c", "import jionlp"], capture_output=True)
    if check.returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "jionlp"], check=True)
    env = dict(os.environ, ZHIBIAO_COMPARE_IN_VENV="1")
    os.execve(str(python), [str(python), __file__, *sys.argv[1:]], env)


def zhibiao(*args):
    """Runs the zhibiao CLI and returns its standard output."""
    binary = os.environ.get("ZHIBIAO_BIN")
    if binary:
        cmd = [binary, *args]
    else:
        # Through cargo, so that a stale target/release/zhibiao is rebuilt first.
        cmd = ["cargo", "run", "--release", "-q", "--bin", "zhibiao", "--", *args]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout


def utf16_index(s):
    """Code point index → UTF-16 offset, for every index of `s` (and its end)."""
    out, pos = [], 0
    for ch in s:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


def to_original(runs, at, end=False):
    """A UTF-16 offset of the cleaned text → the original, through zhibiao's map runs."""
    for r in runs:
        if r["normStart"] <= at < r["normEnd"] or (end and r["normStart"] < at <= r["normEnd"]):
            if r["exact"]:
                return r["origStart"] + (at - r["normStart"])
            return r["origEnd"] if end else r["origStart"]
    return runs[-1]["origEnd"] if runs else at


def zhibiao_money(path):
    """Money amounts zhibiao finds: (start, end, text, value in base currency (low end), currency, bound)."""
    out = []
    for q in json.loads(zhibiao("quantities", str(path))):
        base = q.get("base") or {}
        if base.get("unit") not in CURRENCIES:
            continue
        value = base["number"]
        high = None
        if q["qualifier"] == "range" and q["number"]:
            high = value * q["max"] / q["number"]
        out.append(
            {
                "span": (q["span"]["start"], q["span"]["end"]),
                "text": q["text"],
                "value": value,
                "high": high,
                "currency": base["unit"],
                "bound": BOUND.get(q["qualifier"], q["qualifier"]),
            }
        )
    return out


def jionlp_money(path, raw):
    """Money amounts JioNLP finds, with spans in UTF-16 units of the original seed."""
    import jionlp as jio

    original = path.read_text(encoding="utf-8")
    if raw:
        text, runs = original, None
    else:
        cleaned = json.loads(zhibiao("normalize", str(path), "--json"))
        text, runs = cleaned["text"], cleaned["map"]
    u16 = utf16_index(text)
    out = []
    for m in jio.ner.extract_money(text, with_parsing=True):
        s, e = (u16[m["offset"][0]], u16[m["offset"][1]])
        if runs is not None:
            s, e = to_original(runs, s), to_original(runs, e, end=True)
        num = m["detail"]["num"]
        low, high = (float(num[0]), float(num[1])) if isinstance(num, list) else (float(num), None)
        definition = m["detail"]["definition"]
        out.append(
            {
                "span": (s, e),
                "text": m["text"],
                "value": low,
                "high": high,
                "currency": m["detail"]["case"],
                "bound": "range" if isinstance(num, list) else definition,
            }
        )
    return out


def same(a, b):
    close = lambda x, y: x == y or (x is not None and y is not None and abs(x - y) <= 1e-6 * max(abs(x), abs(y)))
    return close(a["value"], b["value"]) and a["currency"] == b["currency"] and a["bound"] == b["bound"]


def fmt(m):
    value = f"{m['value']:,.2f}"
    if m["high"] is not None:
        value += f"–{m['high']:,.2f}"
    return f"{m['text']} = {value} {m['currency']} ({m['bound']})"


def compare(path, raw, quiet):
    z, j = zhibiao_money(path), jionlp_money(path, raw)
    used = set()
    pairs, only_z = [], []
    for a in z:
        hit = next(
            (k for k, b in enumerate(j) if k not in used and b["span"][0] < a["span"][1] and a["span"][0] < b["span"][1]),
            None,
        )
        if hit is None:
            only_z.append(a)
        else:
            used.add(hit)
            pairs.append((a, j[hit]))
    only_j = [b for k, b in enumerate(j) if k not in used]
    differ = [(a, b) for a, b in pairs if not same(a, b)]
    print(f"\n== {path.name}: zhibiao {len(z)}, JioNLP {len(j)}, agree {len(pairs) - len(differ)}, "
          f"differ {len(differ)}, only zhibiao {len(only_z)}, only JioNLP {len(only_j)}")
    if not quiet:
        print("  both, same:")
        for a, b in pairs:
            if same(a, b):
                print(f"    {fmt(a)}")
    for a, b in differ:
        print(f"  differ:       zhibiao {fmt(a)}\n                JioNLP  {fmt(b)}")
    for a in only_z:
        print(f"  only zhibiao: {fmt(a)}")
    for b in only_j:
        print(f"  only JioNLP:  {fmt(b)}")
    return len(z), len(j), len(pairs) - len(differ), len(differ), len(only_z), len(only_j)


def main():
    ensure_jionlp()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    raw, quiet = "--raw" in sys.argv, "--quiet" in sys.argv
    seeds = [Path(a).resolve() for a in args] or sorted((ROOT / "seeds").glob("*.txt"))
    print(f"JioNLP given {'the raw seed' if raw else 'zhibiao-cleaned text'}; spans in the original seed")
    totals = [0] * 6
    for path in seeds:
        totals = [t + n for t, n in zip(totals, compare(path, raw, quiet))]
    print("\n== all: zhibiao {}, JioNLP {}, agree {}, differ {}, only zhibiao {}, only JioNLP {}".format(*totals))


if __name__ == "__main__":
    main()
