#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist file from a table.

usage: fill-translations.py FILE.ts TABLE.tsv [TABLE.tsv …]
       fill-translations.py --english FILE.ts

A table has one message per line: CONTEXT<TAB>English source<TAB>translation
(CONTEXT "*" matches any context). Plural messages (numerus="yes") take the
same translation for every form, with %n kept. --english copies each source
as its own translation (the English file). Prints what is still unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def load_tables(paths):
    table = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected CONTEXT<TAB>SOURCE<TAB>TRANSLATION")
                context, source, translation = parts
                table[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    return table


def fill(message, text, plural_forms):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for _ in range(plural_forms):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def main():
    english = sys.argv[1] == "--english"
    ts_file = sys.argv[2] if english else sys.argv[1]
    table = {} if english else load_tables(sys.argv[2:])
    tree = ET.parse(ts_file)
    # Vietnamese, Chinese, Korean and Japanese have one plural form; English two.
    plural_forms = 2 if tree.getroot().get("language", "").startswith("en") else 1
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = source if english else table.get((name, source), table.get(("*", source)))
            if text is None:
                missing.append(f"{name}\t{source}")
                continue
            fill(message, text, plural_forms)
            filled += 1
    with open(ts_file, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    print(f"{ts_file}: {filled} filled, {len(missing)} still unfinished")
    for line in missing:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
