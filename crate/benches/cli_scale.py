#!/usr/bin/env python3
"""How the CLI's cost grows with the input: time and peak memory of
`zhibiao parse FILE > /dev/null` under /usr/bin/time -v.

    python3 crate/benches/cli_scale.py                 # sizes + pathological inputs
    python3 crate/benches/cli_scale.py --only sizes    # or: --only pathological
    options: --cli PATH (default target/release/zhibiao), --runs N (best of N, default 3),
             --timeout S (per run, default 300), --json FILE

Sizes: the seeds concatenated to 100 kB, 1 MB, 5 MB, 10 MB (`concat`: every copy after the first is
skipped as repeated text; `varied`: every pass changed so nothing repeats). Pathological: each at two
sizes ten times apart, so that the growth exponent log(t2/t1)/log(n2/n1) reads off as ~1 for linear
cost and ~2 for quadratic. Inputs come from crate/benches/inputs.py (the same as the criterion
benches). A benchmark, not a test: ./build.sh test never runs it.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import inputs  # noqa: E402

ROOT = inputs.ROOT


def run_once(cli, path, timeout):
    """(wall s, user s, sys s, peak RSS kB) of one run, or None on time-out."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-v", cli, "parse", path], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    wall_s = time.perf_counter() - t0  # /usr/bin/time's own wall clock has 10 ms steps
    if p.returncode != 0:
        raise SystemExit(f"cli_scale: {cli} parse {path} failed:\n{p.stderr[-2000:]}")
    err = p.stderr

    def field(name):
        return re.search(re.escape(name) + r":\s*(\S+)", err).group(1)

    return wall_s, float(field("User time (seconds)")), float(field("System time (seconds)")), int(field("Maximum resident set size (kbytes)"))


def measure(cli, name, text, runs, timeout, tmp):
    path = os.path.join(tmp, name + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    size = os.path.getsize(path)
    results = []
    for _ in range(runs):
        r = run_once(cli, path, timeout)
        if r is None:
            return {"input": name, "bytes": size, "timeout_s": timeout}
        results.append(r)
        if r[0] > 30:  # one run of a slow input is enough
            break
    best = min(results, key=lambda r: r[0])
    row = {"input": name, "bytes": size, "runs": len(results), "wall_s": best[0], "user_s": best[1],
           "sys_s": best[2], "peak_rss_mb": round(max(r[3] for r in results) / 1024, 1),
           "mbps": round(size / 1e6 / best[0], 2)}
    print(f"  {name}: {row}", file=sys.stderr)
    return row


def exponent(a, b):
    if "wall_s" not in a or "wall_s" not in b:
        return None
    ta, tb = a["wall_s"], b["wall_s"]
    return round(math.log(tb / ta) / math.log(b["bytes"] / a["bytes"]), 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "target", "release", "zhibiao"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--only", choices=["sizes", "pathological"])
    ap.add_argument("--json")
    args = ap.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"cli_scale: no {args.cli}: cargo build --release")
    tmp = tempfile.mkdtemp(prefix="zhibiao-scale-")
    out = {"date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "load_before": os.getloadavg(), "cli": args.cli}
    sizes = [("100 kB", 100_000), ("1 MB", 1_000_000), ("5 MB", 5_000_000), ("10 MB", 10_000_000)]
    if args.only in (None, "sizes"):
        out["sizes"] = []
        for kind, make in [("concat", inputs.concat), ("varied", inputs.varied)]:
            for label, size in sizes:
                out["sizes"].append(dict(measure(args.cli, f"{kind}_{size}", make(size), args.runs, args.timeout, tmp),
                                         kind=kind, label=label))
    if args.only in (None, "pathological"):
        cases = [
            ("one line, no punctuation", lambda n: inputs.long_line(n), 100_000, 1_000_000),
            ("'1' repeated", lambda n: inputs.ones(n), 100_000, 1_000_000),
            ("nested brackets (n each side)", lambda n: inputs.nested(n), 10_000, 100_000),
            ("only punctuation", lambda n: inputs.punctuation(n), 100_000, 1_000_000),
            ("random bytes as lossy UTF-8", lambda n: inputs.junk(n), 100_000, 1_000_000),
            ("one sentence of promises", lambda n: inputs.promises(n), 100_000, 1_000_000),
        ]
        out["pathological"] = []
        for label, make, small, large in cases:
            slug = re.sub(r"\W+", "_", label).strip("_")
            a = measure(args.cli, f"{slug}_{small}", make(small), args.runs, args.timeout, tmp)
            b = measure(args.cli, f"{slug}_{large}", make(large), args.runs, args.timeout, tmp)
            out["pathological"].append({"case": label, "n_small": small, "n_large": large, "small": a, "large": b,
                                        "exponent": exponent(a, b)})
    out["load_after"] = os.getloadavg()
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)

    def cells(r):
        if "timeout_s" in r:
            return f"> {r['timeout_s']:.0f} s (killed) | – | – | –"
        return f"{r['wall_s']:.3f} | {r['user_s']:.2f} | {r['peak_rss_mb']} | {r['mbps']}"

    print(f"\n{out['date']} · load {tuple(round(x, 2) for x in out['load_before'])} before, "
          f"{tuple(round(x, 2) for x in out['load_after'])} after · best of {args.runs}")
    if "sizes" in out:
        print("\n| input | bytes | wall (s) | user (s) | peak RSS (MB) | MB/s |\n| --- | ---: | ---: | ---: | ---: | ---: |")
        for r in out["sizes"]:
            print(f"| {r['kind']} {r['label']} | {r['bytes']:,} | {cells(r)} |")
    if "pathological" in out:
        print("\n| input | n | bytes | wall (s) | user (s) | peak RSS (MB) | MB/s | growth exponent |\n"
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for p in out["pathological"]:
            for key, n in (("small", p["n_small"]), ("large", p["n_large"])):
                r = p[key]
                e = "" if key == "small" else (p["exponent"] if p["exponent"] is not None else "–")
                print(f"| {p['case']} | {n:,} | {r['bytes']:,} | {cells(r)} | {e} |")


if __name__ == "__main__":
    main()
