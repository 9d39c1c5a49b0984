#!/usr/bin/env python3
"""bench/pyyaml-times.py - PyYAML's C-accelerated loader and dumper on an
annotation set, the baselines of bench-yaml's import and export figures.

    python3 pyyaml-times.py SET OUT

loads SET with yaml.load(f, Loader=yaml.CSafeLoader) (parsing alone: what
tanda import does on top of it is validating and writing), then writes the
data it got to OUT with yaml.dump(data, f, Dumper=yaml.CSafeDumper,
allow_unicode=True) (UTF-8 as characters, as tanda writes it), and prints
the milliseconds each took, "LOAD_MS DUMP_MS".  Each runs once: together
they take about 40 s on 100,000 annotations.  Exits with status 3, saying
why, when PyYAML is missing or was built without libyaml (its C classes).
"""
import sys
import time


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: pyyaml-times.py SET OUT\n")
        return 2
    try:
        import yaml
    except ImportError:
        sys.stderr.write("PyYAML is not installed (python3-yaml)\n")
        return 3
    if not getattr(yaml, "__with_libyaml__", False):
        sys.stderr.write("PyYAML has no C classes (CSafeLoader, CSafeDumper): "
                         "it was built without libyaml\n")
        return 3
    with open(sys.argv[1], "rb") as f:
        start = time.perf_counter()
        data = yaml.load(f, Loader=yaml.CSafeLoader)
        load_ms = (time.perf_counter() - start) * 1000
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        start = time.perf_counter()
        yaml.dump(data, f, Dumper=yaml.CSafeDumper, allow_unicode=True)
        f.flush()
        dump_ms = (time.perf_counter() - start) * 1000
    print("%.1f %.1f" % (load_ms, dump_ms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
