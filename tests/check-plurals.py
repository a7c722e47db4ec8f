#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every message that says how many of something goes through ngettext: fails on a message
with a number in it (%u, %d, %ld, %g) that is not a plural message and not listed below, with
the reason its number is not a count.

    tests/check-plurals.py ladder.pot
"""
import re
import sys

# msgid → why its number is no count (a level, a quarter, a year's name, a place in a file,
# a percentage, a range's bounds), so no plural form depends on it.
NOT_COUNTS = {
    "“%s.%s” must be a whole number from %d to %d": "bounds of a range",
    "“%s%s[%u]” must be text": "an index",
    "Line %u is not UTF-8 text; save the file from the spreadsheet as “CSV UTF-8”": "a place",
    "A quoted cell that starts on line %u is never closed": "a place",
    "Row %u has levels but no competency name in column %s": "a place",
    "Row %u: the competency’s name is longer than 200 characters": "a place",
    "Row %u: the competency “%s” is listed twice (first in row %u)": "places",
    "Row %u: the group’s name is longer than 200 characters": "a place",
    "Agree with your manager what level %2$d in %1$s looks like in your team, and work toward it":
        "a level's name",
    "“%s.%s” must be between 1 and %ld characters": "bounds of a range; the upper is 200 or 20,000",
    "“%s%s” must have from %u to %u entries": "bounds of a range; the upper is 200 or more",
    "“%s[%u]” must be an object": "an index",
    "“%s.%s” must be a whole number from 0 to %d": "bounds of a range",
    "“%s.levels[%u]” must be text": "an index",
    "“%s.resources[%u]” must be a short text: a book and its author": "an index",
    "“%s” is %g, but it must be a whole number": "a value",
    "The file is nested more than %d levels deep (line %u, column %u)": "a limit and a place",
    "The file contains a NUL byte at line %u, column %u": "a place",
    "The file is not UTF-8 text: invalid byte at line %u, column %u": "a place",
    "This is not a valid JSON file: line %u, column %u: %s": "a place",
    "Readiness for %s today: %u %%": "a percentage",
    "−%d ▲": "a gap in levels, as a sign",
    "▲ %d": "a gap in levels, as a sign",
    "−%d": "a gap in levels, as a sign",
    "Year %u": "a year's name",
    "Q%u": "a quarter's name",
    "%1$u Q%2$u": "a year and a quarter",
    "%u %%": "a percentage",
    "Page %u of %u": "a page's name",
    "Readiness: %u %%": "a percentage",
    "Level %d, expected %d": "levels' names",
    "%d — %s": "a level's name",
    "Add an item to year %u": "a year's name",
    "%s. %s. Readiness %u %%: %s.%s%s": "a percentage",
    "Year %u, quarter %u": "names",
    "Year %u, the whole year": "a year's name",
    "Take %1$s to level %2$d: %3$s": "a level's name",
    "Raise “%1$s” to level %2$d": "a level's name",
    "Level %d, expected %d: met": "levels' names",
    "%s: %d → %d (%s – %s)": "levels' names",
    "Yours: %d · In the copy: %d": "levels' names",
    "%s: rated %d": "a level's name",
    "%s %d → %d": "levels' names",
    "Level %d": "a level's name",
    "Level %d, up from %d": "levels' names",
    "Level %d, down from %d": "levels' names",
}

NUMBER = re.compile(r"%(\d+\$)?l?[udig]")


def unquote(lines):
    return "".join(re.match(r'^(?:msgid|msgid_plural|msgctxt)?\s*"(.*)"$', l).group(1)
                   for l in lines).replace('\\"', '"').replace("\\\\", "\\")


def messages(pot):
    for entry in pot.split("\n\n"):
        lines = [l for l in entry.splitlines() if not l.startswith("#")]
        msgid, plural, current = [], None, None
        for line in lines:
            if line.startswith("msgid_plural"):
                current = plural = [line]
            elif line.startswith("msgid"):
                current = msgid = [line]
            elif line.startswith(("msgstr", "msgctxt")):
                current = None
            elif line.startswith('"') and current is not None:
                current.append(line)
        if msgid:
            yield unquote(msgid), plural is not None


def main(path):
    with open(path, encoding="utf-8") as f:
        pot = f.read()
    bad = [m for m, plural in messages(pot)
           if m and not plural and NUMBER.search(m) and m not in NOT_COUNTS]
    for m in bad:
        print("a number without ngettext (a count needs plural forms): %s" % m)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
