#!/usr/bin/env python3
"""Times zhibiao's CLI against JioNLP on the same texts, in one run, interleaved.

    python3 tools/bench_peers.py                  # seeds + 1 MB inputs, 5 rounds
    python3 tools/bench_peers.py --rounds 3 --json /tmp/peers.json

What is timed (wall clock; each figure is the fastest and the median of the rounds):
  zhibiao parse       `target/release/zhibiao parse FILE > /dev/null`: a whole process, start-up included
  zhibiao quantities  `target/release/zhibiao quantities FILE > /dev/null`
  jionlp extract      `jio.ner.extract_money(text, with_parsing=False)`, in process, after one warm-up call
  jionlp extract+parse `jio.ner.extract_money(text, with_parsing=True)` (extract, then parse_money on each)
  jionlp parse_money  `jio.parse_money(s)` for every money string extract found (its own share)
MB = 10^6 bytes of UTF-8 input. This is about TIME; tools/compare_jionlp.py compares the outputs.

JioNLP is installed into a throwaway virtualenv under /tmp (never into the repository):
--venv PATH (default /tmp/zhibiao-peers-venv), --jionlp VERSION (default 1.5.31). The script re-runs itself
with that venv's Python. The CLI must be built: `cargo build --release` (or --cli PATH).
A benchmark, not a test: ./build.sh test never runs it.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.join(ROOT, "crate", "benches"))
import inputs  # noqa: E402  (crate/benches/inputs.py: the same texts the criterion benches read)


def ensure_venv(args):
    """Re-executes this script inside the venv, creating it and installing jionlp first if needed."""
    if os.environ.get("ZHIBIAO_PEERS_IN_VENV") == "1":
        return
    py = os.path.join(args.venv, "bin", "python")
    if not os.path.exists(py):
        print(f"bench_peers: creating {args.venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", args.venv], check=True)
    have = subprocess.run([py, "-c", "import jionlp, importlib.metadata as m; print(m.version('jionlp'))"],
                          capture_output=True, text=True)
    if have.returncode != 0 or have.stdout.strip() != args.jionlp:
        print(f"bench_peers: pip install jionlp=={args.jionlp} into {args.venv}", file=sys.stderr)
        subprocess.run([py, "-m", "pip", "install", "-q", f"jionlp=={args.jionlp}"], check=True)
    os.environ["ZHIBIAO_PEERS_IN_VENV"] = "1"
    os.execv(py, [py, os.path.abspath(__file__), *sys.argv[1:]])


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def cli(binary, command, path):
    return subprocess.run([binary, command, path], stdout=subprocess.DEVNULL, check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--venv", default="/tmp/zhibiao-peers-venv")
    ap.add_argument("--jionlp", default="1.5.31")
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "zhibiao"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--no-large", action="store_true", help="seeds only, no 1 MB inputs")
    ap.add_argument("--json")
    args = ap.parse_args()
    ensure_venv(args)
    if not os.path.exists(args.cli):
        sys.exit(f"bench_peers: no {args.cli}: cargo build --release")

    t0 = time.perf_counter()
    import jionlp as jio  # noqa: E402

    import_s = time.perf_counter() - t0
    texts = [(name[:3], text) for name, text in inputs.seeds()]
    if not args.no_large:
        texts += [("concat 1 MB", inputs.concat(1_000_000)), ("varied 1 MB", inputs.varied(1_000_000))]

    tmp = tempfile.mkdtemp(prefix="zhibiao-peers-")
    empty = os.path.join(tmp, "empty.txt")
    open(empty, "w").close()
    startup = [timed(lambda: cli(args.cli, "parse", empty))[0] for _ in range(max(args.rounds, 5))]

    # The first extract_money call loads JioNLP's dictionaries: timed apart, on the first seed.
    first_s, _ = timed(lambda: jio.ner.extract_money(texts[0][1], with_parsing=True))

    rows = []
    for name, text in texts:
        path = os.path.join(tmp, "input.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        size = len(text.encode("utf-8"))
        jio.ner.extract_money(text, with_parsing=False)  # warm-up on this text
        found = jio.ner.extract_money(text, with_parsing=True)
        money = [m["text"] for m in found]
        qs = json.loads(subprocess.run([args.cli, "quantities", path], capture_output=True, check=True).stdout)
        zb_money = sum(1 for q in qs if q.get("unit", "").endswith("元"))
        t = {k: [] for k in ("zb_parse", "zb_quantities", "jio_extract", "jio_extract_parse", "jio_parse_money")}
        for _ in range(args.rounds):  # interleaved, so that a change of load hits every tool alike
            t["zb_parse"].append(timed(lambda: cli(args.cli, "parse", path))[0])
            t["zb_quantities"].append(timed(lambda: cli(args.cli, "quantities", path))[0])
            t["jio_extract"].append(timed(lambda: jio.ner.extract_money(text, with_parsing=False))[0])
            t["jio_extract_parse"].append(timed(lambda: jio.ner.extract_money(text, with_parsing=True))[0])
            t["jio_parse_money"].append(timed(lambda: [jio.parse_money(m) for m in money])[0])
        row = {"text": name, "bytes": size, "zb_quantities_found": len(qs), "zb_money_found": zb_money,
               "jio_money_found": len(money)}
        for k, xs in t.items():
            row[k] = {"min_ms": round(min(xs) * 1e3, 2), "median_ms": round(statistics.median(xs) * 1e3, 2),
                      "mbps_best": round(size / 1e6 / min(xs), 2), "mbps_median": round(size / 1e6 / statistics.median(xs), 2)}
        rows.append(row)
        print(f"  {name}: done", file=sys.stderr)

    result = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()}",
        "python": platform.python_version(),
        "jionlp": args.jionlp,
        "cli": args.cli,
        "rounds": args.rounds,
        "jionlp_import_s": round(import_s, 3),
        "jionlp_first_call_ms": round(first_s * 1e3, 1),
        "zb_startup_ms": {"min": round(min(startup) * 1e3, 2), "median": round(statistics.median(startup) * 1e3, 2)},
        "rows": rows,
    }
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)

    cols = [("zb_parse", "zhibiao parse (CLI)"), ("zb_quantities", "zhibiao quantities (CLI)"),
            ("jio_extract", "jionlp extract_money"), ("jio_extract_parse", "jionlp extract_money+parse"),
            ("jio_parse_money", "jionlp parse_money only")]
    print(f"\n{result['date']} · {result['machine']} · Python {result['python']} · jionlp {args.jionlp} · "
          f"{args.rounds} rounds, interleaved · best (median) ms and MB/s")
    print("\n| text | bytes | " + " | ".join(label for _, label in cols) + " | money found: zhibiao / jionlp |")
    print("| --- | ---: | " + " | ".join("---:" for _ in cols) + " | ---: |")
    for r in rows:
        cells = [f"{r[k]['min_ms']} ms ({r[k]['median_ms']}) · **{r[k]['mbps_best']}** MB/s" for k, _ in cols]
        print(f"| {r['text']} | {r['bytes']:,} | " + " | ".join(cells) + f" | {r['zb_money_found']} / {r['jio_money_found']} |")
    print(f"\nzhibiao CLI start-up (parse of an empty file): {result['zb_startup_ms']['min']} ms best, "
          f"{result['zb_startup_ms']['median']} ms median; jionlp import {result['jionlp_import_s']} s, "
          f"first extract_money call {result['jionlp_first_call_ms']} ms")


if __name__ == "__main__":
    main()
