"""Benchmark inputs, the same as crate/benches/common/mod.rs makes in Rust.

Imported by crate/benches/cli_scale.py and tools/bench_peers.py; run alone it
writes every input into a directory:  python3 crate/benches/inputs.py /tmp/zb-inputs
"""
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))


def seeds():
    """(file name, text) of every seed, sorted by name."""
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            out.append((os.path.basename(path), f.read()))
    return out


def cut(text, size):
    """`text` cut to at most `size` UTF-8 bytes, on a character boundary."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def concat(size):
    """The seeds, each followed by a blank line, over and over until `size` bytes."""
    one = "".join(t + "\n\n" for _, t in seeds())
    n = len(one.encode("utf-8"))
    return cut(one * (size // n + 1), size)


_SENT = re.compile(r"[^。]*。|[^。]+$")
_DIGITS = re.compile(r"[0-9]+")


def vary(text, k):
    """Pass `k` of the seeds, changed so that its lines do not repeat earlier
    passes (zhibiao skips repeated paragraphs): each line's sentences rotated
    by k, and every run of ASCII digits increased by k."""
    if k == 0:
        return text
    lines = []
    for line in text.split("\n"):
        parts = _SENT.findall(line)
        if parts:
            r = k % len(parts)
            line = "".join(parts[r:] + parts[:r])
        line = _DIGITS.sub(lambda m: str(int(m.group(0)) + k) if len(m.group(0)) <= 18 else m.group(0), line)
        lines.append(line)
    return "\n".join(lines)


def varied(size):
    """Like `concat`, but pass k of the seeds is `vary(seed, k)`."""
    parts, total, k = [], 0, 0
    while total < size:
        for _, t in seeds():
            piece = vary(t, k) + "\n\n"
            parts.append(piece)
            total += len(piece.encode("utf-8"))
        k += 1
    return cut("".join(parts), size)


def long_line(size):
    """One line of report text without any punctuation, space or newline."""
    text = "".join(t for _, t in seeds())
    text = "".join(c for c in text if c.isalnum())
    return cut(text * (size // len(text.encode("utf-8")) + 1), size)


def ones(n):
    return "1" * n


def nested(n):
    """`n` nested brackets, ASCII and full-width in turn, around one figure."""
    opens, closes = "(（[【", ")）]】"
    return "".join(opens[i % 4] for i in range(n)) + "增长5%" + "".join(closes[i % 4] for i in reversed(range(n)))


PUNCT = "，。、；：？！“”‘’（）《》【】…—·,.;:?!()[]{}<>\"'-%/"


def promises(size):
    """A plan part that is one sentence: a first clause of category keywords, then clauses that promise
    without naming a subject (the same text as crate/benches/common's `promises`)."""
    head = "二、主要工作安排\n确保"
    half = size // 2
    keywords = "产业链" * (half // len("产业链".encode("utf-8")) + 1)
    clauses = "，持续做好" * (half // len("，持续做好".encode("utf-8")) + 1)
    return cut(head + keywords + clauses, size)


def punctuation(size):
    return cut(PUNCT * (size // len(PUNCT.encode("utf-8")) + 1), size)


def junk(size, seed=0x5EED):
    """`size` pseudo-random bytes (a fixed LCG) read as lossy UTF-8."""
    x, out = seed, bytearray(size)
    for i in range(size):
        x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out[i] = x >> 56
    return out.decode("utf-8", "replace")


def pathological():
    """(name, text) of the pathological inputs the issue names."""
    return [
        ("long_line_1mb", long_line(1_000_000)),
        ("ones_1m", ones(1_000_000)),
        ("nested_100k", nested(100_000)),
        ("punctuation_1mb", punctuation(1_000_000)),
        ("junk_1mb", junk(1_000_000)),
    ]


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/zb-inputs"
    os.makedirs(out, exist_ok=True)
    items = [(f"concat_{n}", concat(s)) for n, s in [("100kb", 100_000), ("1mb", 1_000_000), ("5mb", 5_000_000), ("10mb", 10_000_000)]]
    items += [(f"varied_{n}", varied(s)) for n, s in [("100kb", 100_000), ("1mb", 1_000_000), ("5mb", 5_000_000), ("10mb", 10_000_000)]]
    items += pathological()
    for name, text in items:
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{name}.txt\t{len(text.encode('utf-8'))} bytes")
