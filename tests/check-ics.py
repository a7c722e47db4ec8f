#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The plan's iCalendar file, read by an independent parser (Debian's python3-icalendar): one
to-do per action and year goal, from the first to the last day of its quarter or year; one
event per checkpoint and per quarterly check-in; a reminder on each; UIDs unique and the same
in a second export; Chinese words intact. Then the same files imported by a calendar
application, calcurse (Debian's calcurse; its own iCalendar importer): every to-do and event
taken, none skipped, the Chinese titles as they were.

    check-ics.py LADDER SAMPLE.json
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed: skipped")
    sys.exit(77)


def run(ladder, env, *args):
    subprocess.run([ladder, *args], env=env, check=True)


def main(ladder, sample):
    work = tempfile.mkdtemp(prefix="ladder-ics-")
    env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"))
    env.pop("DISPLAY", None)
    profile = os.path.join(work, "profile.json")
    run(ladder, env, "--export-json", profile, "--profile", sample, "--regenerate")
    with open(profile, encoding="utf-8") as f:
        items = json.load(f)["plan"]["items"]

    calendars = []
    for name in ("first.ics", "second.ics"):
        out = os.path.join(work, name)
        run(ladder, env, "--export-ics", out, "--profile", profile)
        with open(out, "rb") as f:
            calendars.append(icalendar.Calendar.from_ical(f.read()))

    todos = [c for c in calendars[0].walk("VTODO")]
    events = [c for c in calendars[0].walk("VEVENT")]
    actions = [i for i in items if i["kind"] != "checkpoint"]
    checkpoints = [i for i in items if i["kind"] == "checkpoint"]
    years = max(i["year"] for i in items)
    assert len(todos) == len(actions), (len(todos), len(actions))
    assert len(events) == len(checkpoints) + 4 * years - 1, (len(events), len(checkpoints), years)

    uids = [str(c["UID"]) for c in todos + events]
    assert len(set(uids)) == len(uids), "UIDs repeat"
    again = [str(c["UID"]) for c in calendars[1].walk() if c.name in ("VTODO", "VEVENT")]
    assert uids == again, "UIDs changed between two exports"

    titles = {i["title"] for i in items}
    for todo in todos:
        start, due = todo["DTSTART"].dt, todo["DUE"].dt
        assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
        assert start <= due and (due - start).days < 366, (start, due)
        assert str(todo["SUMMARY"]) in titles, todo["SUMMARY"]
        assert todo.walk("VALARM"), "a to-do without a reminder"
    for event in events:
        assert event.walk("VALARM"), "an event without a reminder"

    # Chinese words survive libical's line folding.
    chinese = os.path.join(work, "zh.ics")
    zh_env = dict(env, LANGUAGE="zh_CN")
    zh_profile = os.path.join(work, "zh.json")
    run(ladder, zh_env, "--export-json", zh_profile, "--profile", sample, "--regenerate")
    run(ladder, zh_env, "--export-ics", chinese, "--profile", zh_profile)
    with open(zh_profile, encoding="utf-8") as f:
        zh_titles = {i["title"] for i in json.load(f)["plan"]["items"]}
    with open(chinese, "rb") as f:
        zh = icalendar.Calendar.from_ical(f.read())
    for todo in zh.walk("VTODO"):
        assert str(todo["SUMMARY"]) in zh_titles, todo["SUMMARY"]
    print("%d to-dos, %d events, UIDs stable" % (len(todos), len(events)))

    calcurse = shutil.which("calcurse")
    if calcurse is None:
        print("calcurse is not installed: the import into a calendar application not tried")
        return 0
    for name, ics, words in (("en", os.path.join(work, "first.ics"), titles),
                             ("zh", chinese, zh_titles)):
        db = os.path.join(work, "calcurse-" + name)
        report = subprocess.run([calcurse, "-D", db, "-i", ics], env=env, check=True,
                                capture_output=True, text=True).stdout
        counts = re.search(r"(\d+) apps / (\d+) events / (\d+) todos / (\d+) skipped", report)
        assert counts, report
        assert int(counts.group(2)) == len(events), (report, len(events))
        assert int(counts.group(3)) == len(todos), (report, len(todos))
        assert int(counts.group(4)) == 0, report
        listed = subprocess.run([calcurse, "-D", db, "-t"], env=env, check=True,
                                capture_output=True, text=True).stdout
        for line in listed.splitlines()[1:]:
            assert re.sub(r"^\d+\. ", "", line) in words, line
        print("calcurse (%s): %s" % (name, counts.group(0)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
