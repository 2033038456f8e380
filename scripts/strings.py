#!/usr/bin/env python3
"""Add or update interface strings in both resource files from TSV files.

Usage: scripts/strings.py FILE.tsv [FILE.tsv ...]
Each TSV line is: key<TAB>Latvian text<TAB>English text. Lines starting with # are ignored.
Both SharedResource.resx (Latvian, neutral) and SharedResource.en.resx are rewritten with the keys
sorted, so they always hold the same keys. Safe to run from several shells at once (flock).
"""
import fcntl
import html
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "SocialServices.Web", "Resources")
FILES = {"lv": os.path.join(ROOT, "SharedResource.resx"), "en": os.path.join(ROOT, "SharedResource.en.resx")}
ENTRY = re.compile(r'  <data name="([^"]+)" xml:space="preserve"><value>(.*?)</value></data>\n', re.S)


def read(path):
    text = open(path, encoding="utf-8").read()
    head = text[: text.index("  <data ")] if "  <data " in text else text[: text.index("</root>")]
    return head, {m.group(1): m.group(2) for m in ENTRY.finditer(text)}


def write(path, head, entries):
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.write(head)
        for key in sorted(entries, key=lambda k: k.encode("utf-8")):
            f.write(f'  <data name="{key}" xml:space="preserve"><value>{entries[key]}</value></data>\n')
        f.write("</root>\n")
    os.replace(path + ".tmp", path)


def main(paths):
    new = {}
    for p in paths:
        for n, line in enumerate(open(p, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not all(x.strip() for x in parts):
                sys.exit(f"{p}:{n}: expected key<TAB>lv<TAB>en")
            new[parts[0].strip()] = (parts[1], parts[2])
    with open(FILES["lv"] + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        for i, lang in enumerate(("lv", "en")):
            head, entries = read(FILES[lang])
            for key, values in new.items():
                entries[key] = html.escape(values[i], quote=False)
            write(FILES[lang], head, entries)
    print(f"{len(new)} strings merged")


if __name__ == "__main__":
    main(sys.argv[1:])
