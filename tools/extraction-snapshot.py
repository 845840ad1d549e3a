#!/usr/bin/env python3
"""Saves `saywho --extract` output for a set of articles, or compares it with a saved snapshot.

A behaviour-preserving change of the extractor must leave every line byte for byte as it was:

    tools/extraction-snapshot.py save /tmp/before      # before the change
    tools/extraction-snapshot.py compare /tmp/before   # after it; exit 1 and the first differences if any

The articles are the project's annotated set and sample, and, where ../shared/corpora is present
(the evaluation corpora, which are never copied into the project), every text of polnear-train and
polnear-dev. --binary picks another build; --corpora another corpora folder.
"""
import argparse
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def articles(corpora):
    sets = []
    for split in ("polnear-train", "polnear-dev"):
        folder = os.path.join(corpora, split, "text")
        if os.path.isdir(folder):
            sets.append((split, folder, None))
    sets.append(("annotated", os.path.join(ROOT, "tests", "data", "annotated"), ".txt"))
    sets.append(("sample", os.path.join(ROOT, "resources", "samples"), None))
    for name, folder, suffix in sets:
        for entry in sorted(os.listdir(folder)):
            if suffix is None or entry.endswith(suffix):
                yield name, os.path.join(folder, entry)


def extract(binary, path):
    # Paths relative to the checkout, so that the "file" the output names is the same in every
    # clone and worktree.
    done = subprocess.run([binary, "--extract", os.path.relpath(path, ROOT)], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=120, check=False, cwd=ROOT)
    return done.stdout + b"exit %d\n" % done.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("snapshot", help="folder of the snapshot")
    parser.add_argument("--binary", default=os.path.join(ROOT, "build", "app", "saywho"), type=os.path.abspath)
    parser.add_argument("--corpora", default=os.path.join(ROOT, "..", "shared", "corpora"))
    args = parser.parse_args()

    os.makedirs(args.snapshot, exist_ok=True)
    count = differing = 0
    for name, path in articles(args.corpora):
        count += 1
        saved = os.path.join(args.snapshot, name + "--" + os.path.basename(path) + ".out")
        output = extract(args.binary, path)
        if args.action == "save":
            with open(saved, "wb") as f:
                f.write(output)
            continue
        try:
            with open(saved, "rb") as f:
                before = f.read()
        except FileNotFoundError:
            print(f"{name}/{os.path.basename(path)}: not in the snapshot")
            differing += 1
            continue
        if before != output:
            differing += 1
            if differing <= 5:
                print(f"{name}/{os.path.basename(path)} differs:")
                a = before.decode("utf-8", "replace").replace('{"speaker"', '\n{"speaker"').splitlines()
                b = output.decode("utf-8", "replace").replace('{"speaker"', '\n{"speaker"').splitlines()
                for line in list(difflib.unified_diff(a, b, "before", "after", lineterm="", n=0))[:12]:
                    print("   ", line[:300])
    if args.action == "save":
        print(f"saved {count} extractions in {args.snapshot}")
        return 0
    print(f"{count - differing} of {count} extractions identical")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
