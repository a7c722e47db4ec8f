#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a person can reach has a name, as a screen reader sees it: starts Ladder with
a sample profile and the real accessibility bridge (AT-SPI), shows each view with its switcher
button (through AT-SPI, as an assistive technology would), and fails on any showing button,
toggle, combo box, check box, slider, text field or menu item without a name.

    check-a11y-names.py LADDER SAMPLE.json
"""
import os
import re
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
except ImportError:
    print("python3-pyatspi is not installed: skipped")
    sys.exit(77)

INTERACTIVE = {"push button", "toggle button", "combo box", "check box", "radio button",
               "slider", "text", "entry", "spin button", "menu item", "page tab"}
VIEWS = ["Skills", "Plan", "Interview", "Progress", "Ladder"]


def find_app():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and "ladder" in (app.name or "").lower():
            return app
    return None


def walk(acc, found):
    try:
        found.append(acc)
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                walk(child, found)
    except Exception:
        pass
    return found


# GTK 4.8 names a control with no name after its child's type ("GtkImage"): no name either.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Ladder)[A-Z]\w*$")


def unnamed(app):
    out = []
    for acc in walk(app, []):
        try:
            role = acc.getRoleName()
            name = (acc.name or "").strip()
            # GTK 4.8 does not keep AT-SPI's "showing" state: every view is checked once shown.
            if role in INTERACTIVE and (not name or TYPE_NAME.match(name)):
                parent = acc.parent
                out.append("%s in %s “%s”" % (role, parent.getRoleName() if parent else "?",
                                              parent.name if parent else ""))
        except Exception:
            pass
    return out


def main(argv):
    ladder, sample = argv[1], argv[2]
    home = tempfile.mkdtemp(prefix="ladder-a11y-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=home + "/data",
               XDG_CONFIG_HOME=home + "/config", GTK_A11Y="atspi", LANGUAGE="C")
    env.pop("NO_AT_BRIDGE", None)
    subprocess.run([ladder, "--import", sample], env=env, check=True, stdout=subprocess.DEVNULL)
    proc = subprocess.Popen([ladder], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    problems = []
    try:
        app = None
        for _ in range(120):
            time.sleep(0.5)
            app = find_app()
            if app is not None and app.childCount > 0:
                break
        if app is None:
            print("Ladder did not appear on the accessibility bus", file=sys.stderr)
            return 1
        time.sleep(2)
        for view in VIEWS:
            switcher = [acc for acc in walk(app, [])
                        if (acc.name or "") == view and
                        acc.getRoleName() in ("toggle button", "page tab", "push button")]
            if not switcher:
                problems.append("no switcher button for the %s view" % view)
                continue
            switcher[0].queryAction().doAction(0)
            time.sleep(2)
        problems += sorted(set(unnamed(app)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for p in problems:
        print(p, file=sys.stderr)
    print("%d controls without a name" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
