#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The words of the built-in framework (data/framework/builtin-pm.json) as N_() marks for
xgettext, which reads no JSON: writes src/core/ladder-builtin-strings.h. With --check, fails
when that file is not what the data gives (run by the test suite).

    build-aux/framework-strings.py data/framework/builtin-pm.json src/core/ladder-builtin-strings.h
"""
import json
import sys


def strings(framework):
    seen = []

    def add(text):
        if text and text not in seen:
            seen.append(text)

    add(framework.get("name"))
    for group in framework["groups"]:
        add(group["title"])
    for skill in framework["skills"]:
        add(skill["title"])
        for level in skill.get("levels", []):
            add(level)
        for action in skill.get("actions", []):
            add(action["title"])
            add(action["outcome"])
    for item in framework.get("rules", {}).get("items", []):
        add(item["title"])
        add(item["outcome"])
    for track in framework["tracks"]:
        add(track["title"])
        for rung in track["rungs"]:
            add(rung["title"])
            add(rung.get("scope"))
            add(rung.get("expectations"))
    return seen


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def header(framework):
    lines = [
        "/* SPDX-License-Identifier: GPL-3.0-or-later",
        " * Made by build-aux/framework-strings.py from data/framework/builtin-pm.json: do not edit.",
        " * The built-in framework's words, for xgettext; ladder-framework.c translates them when",
        " * it reads the data. Never compiled. */",
        "#if 0",
    ]
    for text in strings(framework):
        lines.append("N_(%s);" % c_string(text))
    for track in framework["tracks"]:
        for rung in track["rungs"]:
            lines.append("/* Translators: the rung's title as it reads after \"the role of\" (\"до "
                         "роли руководителя команды\"); the title itself where nothing changes */")
            lines.append("NC_(\"role of\", %s);" % c_string(rung["title"]))
    lines.append("#endif")
    return "\n".join(lines) + "\n"


def main(argv):
    check = "--check" in argv
    args = [a for a in argv[1:] if a != "--check"]
    with open(args[0], encoding="utf-8") as f:
        text = header(json.load(f))
    if check:
        with open(args[1], encoding="utf-8") as f:
            if f.read() != text:
                print("%s is out of date: run build-aux/framework-strings.py %s %s"
                      % (args[1], args[0], args[1]), file=sys.stderr)
                return 1
        return 0
    with open(args[1], "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
