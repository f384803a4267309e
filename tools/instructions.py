#!/usr/bin/env python3
"""Instructions per parse, counted by valgrind: a measure of the library's work that this VM's drift
(5-10 % over minutes, 20-25 % between instances of the machine kind) does not move.

    python3 tools/instructions.py                     # the working tree, every seed and real report
    python3 tools/instructions.py --against HEAD~1    # and a commit, side by side, with the change
    python3 tools/instructions.py seeds/004_368e49043dcb499b.txt

For each input it runs `crate/examples/parse_repeat.rs` under `valgrind --tool=cachegrind` parsing it once
and three times; half the difference is one parse, without start-up and the first call's set-up. The
same input and binary give the same count to a few hundred instructions in a million, so a change of
0.5 % shows where a timed run needs dozens of alternations. Instructions are not time (a cache miss or a
mispredicted branch costs more than one); timed benchmarks (criterion, tools/bench_node.mjs) have the last
word, and BENCHMARKS.md gives both.

--against REV builds REV in a git worktree under /tmp (its own target directory, `target/rev-SHA` here), with
the example copied in if REV predates it. Needs valgrind (Debian: apt-get install valgrind). A benchmark,
not a test: ./build.sh test never runs it.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
EXAMPLE = "crate/examples/parse_repeat.rs"


def build(tree, target_dir=None):
    """Builds the example in `tree` (release, as the CLI is built); returns the binary's path.

    The path is the one cargo reports for this build (under deps/, named by a hash of the package),
    not target/release/examples/parse_repeat, which a shared target directory leaves at whichever
    tree was built last."""
    cmd = ["cargo", "build", "--release", "--quiet", "-p", "zhibiao", "--example", "parse_repeat",
           "--message-format=json"]
    if target_dir:
        cmd += ["--target-dir", target_dir]
    out = subprocess.run(cmd, cwd=tree, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "parse_repeat":
            return msg["executable"]
    sys.exit(f"instructions: cargo built no parse_repeat in {tree}")


def worktree(rev):
    """A worktree of `rev` under /tmp, with the example in it."""
    sha = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    path = f"/tmp/zhibiao-rev-{sha[:12]}"
    if not os.path.isdir(path):
        subprocess.run(["git", "worktree", "add", "--detach", path, sha], cwd=ROOT, check=True,
                       capture_output=True)
    if not os.path.exists(os.path.join(path, EXAMPLE)):
        os.makedirs(os.path.dirname(os.path.join(path, EXAMPLE)), exist_ok=True)
        shutil.copy(os.path.join(ROOT, EXAMPLE), os.path.join(path, EXAMPLE))
    return sha[:12], path


def instructions(binary, path, times):
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          binary, path, str(times)], capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if out.returncode != 0 or not found:
        sys.exit(f"instructions: valgrind failed on {path}:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def per_parse(binary, path):
    return (instructions(binary, path, 3) - instructions(binary, path, 1)) // 2


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", metavar="REV", help="also measure this commit, side by side")
    ap.add_argument("files", nargs="*", help="inputs (default: seeds/*.txt and tests/reports/*.txt)")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("instructions: needs valgrind (Debian: apt-get install valgrind)")
    files = args.files or sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))) + sorted(
        glob.glob(os.path.join(ROOT, "tests", "reports", "*.txt")))
    binaries = [("tree", build(ROOT))]
    if args.against:
        sha, path = worktree(args.against)
        # A target directory per commit: cargo decides freshness by file times, so one directory shared by
        # two worktrees keeps whichever build is newer than both trees' files.
        binaries.insert(0, (sha, build(path, os.path.join(ROOT, "target", f"rev-{sha}"))))
    names = [n for n, _ in binaries]
    head = ["input", "bytes"] + [f"{n} instr/parse" for n in names] + ["instr/byte"]
    if len(binaries) == 2:
        head.append("change")
    print(" | ".join(head))
    print(" | ".join("---" if k == 0 else "---:" for k in range(len(head))))
    total = [0] * len(binaries)
    for f in files:
        size = os.path.getsize(f)
        counts = [per_parse(b, f) for _, b in binaries]
        total = [t + c for t, c in zip(total, counts)]
        row = [os.path.basename(f), f"{size:,}"] + [f"{c:,}" for c in counts] + [f"{counts[-1] / size:.1f}"]
        if len(counts) == 2:
            row.append(f"{(counts[1] - counts[0]) / counts[0] * 100:+.2f} %")
        print(" | ".join(row), flush=True)
    if len(total) == 2:
        print(f"all | | {total[0]:,} | {total[1]:,} | | {(total[1] - total[0]) / total[0] * 100:+.2f} %")


if __name__ == "__main__":
    main()
