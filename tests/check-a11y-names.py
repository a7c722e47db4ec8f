#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every control a person can reach has a name, as a screen reader sees it: starts Ladder with
a sample profile and the real accessibility bridge (AT-SPI), shows each view with its switcher
button (through AT-SPI, as an assistive technology would), and fails on any showing button,
toggle, combo box, check box, slider, text field or menu item without a name, or named twice
over with its mnemonic ("_Undo Undo"), and on a view that is no panel named by its title;
Profile Settings (Ctrl+comma) the same, and each choice says what is chosen; a message
dialog (Check In…) is described by its body; New Profile (Ctrl+N) is a dialog that opens with
the focus in a text field named Name. Then
the Skills view: each level picker a slider with a value from 0 to 5, and a note field for each
skill; Tab reaches a picker, Right (or Left at 5) changes its value by one and its description
says the level's meaning, Down leaves it and moves to the next row's picker — keys pressed
through XTest, as a keyboard does.

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


def doubled(name):
    """GTK 4.8 joins a mnemonic button's label property to its label's text."""
    for i, c in enumerate(name):
        first, second = name[:i], name[i + 1:]
        if c == " " and "_" in first and first.replace("_", "") == second:
            return True
    return False


def unnamed(app, only_shown=False):
    out = []
    for acc in walk(app, []):
        try:
            if only_shown and not shown(acc):
                continue  # libadwaita's own search entry and switcher, hidden in Settings
            role = acc.getRoleName()
            name = (acc.name or "").strip()
            # GTK 4.8 does not keep AT-SPI's "showing" state: every view is checked once shown;
            # a mnemonic button is mended when it is mapped, so only mapped ones are checked.
            if role in INTERACTIVE and (not name or TYPE_NAME.match(name)):
                parent = acc.parent
                out.append("%s in %s “%s”" % (role, parent.getRoleName() if parent else "?",
                                              parent.name if parent else ""))
            elif role in ("list", "menu", "panel") and TYPE_NAME.match(name) and \
                    not inside_control(acc):
                # Orca says a list's, menu's or panel's name as the focus enters it
                # ("GtkColumnListView", "GtkPopoverMenu", "GtkStackPage").
                out.append("%s named after its type: %s" % (role, name))
            elif role in INTERACTIVE and labelled_by_type(acc):
                # GTK 4.8 says an icon button is labelled by its icon, named "GtkImage", and
                # Orca says that before the button's name: "GtkImage Add an item … button".
                out.append("%s “%s” labelled by %s" % (role, name, labelled_by_type(acc)))
            elif role in INTERACTIVE and doubled(name) and shown(acc):
                out.append("%s named twice: “%s”" % (role, name))
        except Exception:
            pass
    return out


def labelled_by_type(acc):
    """The type name of what labels @acc, if that is all its label says."""
    for relation in acc.getRelationSet():
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for i in range(relation.getNTargets()):
            target_name = (relation.getTarget(i).name or "").strip()
            if TYPE_NAME.match(target_name):
                return target_name
    return None


def inside_control(acc):
    """Part of a control (a switcher's button, a drop-down's button keeps a stack of its
    own): the focus never enters it, so its name is never said."""
    parent = acc.parent
    while parent is not None:
        # A popover belongs to the control that opens it, but the focus does enter it.
        if (parent.name or "") == "GtkPopoverContent":
            return False
        if parent.getRoleName() in INTERACTIVE or parent.getRoleName() == "page tab":
            return True
        parent = parent.parent
    return False


def shown(acc):
    """On screen: GTK 4.8 keeps no "showing" state, but what is not drawn has no size."""
    x, y, w, h = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return w > 0 and h > 0


def focused(app):
    return [acc for acc in walk(app, []) if acc.getState().contains(pyatspi.STATE_FOCUSED)]


def key(name):
    keysym = {"Tab": 0xff09, "Left": 0xff51, "Right": 0xff53, "Down": 0xff54, "F10": 0xffc7,
              "Escape": 0xff1b}[name]
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.7)


# Key codes in Xvfb's standard keymap: holding a key down needs its code, not a symbol.
ALT_L, CONTROL_L = 64, 37


def chord(modifier, character, wait):
    """A modifier held while a character is pressed, as a keyboard does it."""
    pyatspi.Registry.generateKeyboardEvent(modifier, None, pyatspi.KEY_PRESS)
    pyatspi.Registry.generateKeyboardEvent(ord(character), None, pyatspi.KEY_SYM)
    pyatspi.Registry.generateKeyboardEvent(modifier, None, pyatspi.KEY_RELEASE)
    time.sleep(wait)


def press(app, name, wait):
    """Presses the push button named @name, as an assistive technology does; False if there
    is none."""
    buttons = [acc for acc in walk(app, [])
               if acc.getRoleName() == "push button" and (acc.name or "") == name]
    if not buttons:
        return False
    buttons[0].queryAction().doAction(0)
    time.sleep(wait)
    return True


def within(acc, role, name):
    while acc is not None:
        if acc.getRoleName() == role and (acc.name or "") == name:
            return True
        acc = acc.parent
    return False


def focus_follows_view(app):
    """With the focus inside a view, Alt+4 puts it inside the Interview view (GTK 4.8 had
    moved it to the header's Profiles button)."""
    chord(ALT_L, "4", 1.5)  # the view switch's shortcut
    now = focused(app)
    if not any(within(acc, "panel", "Interview") for acc in now):
        return ["Alt+4 from inside a view left the focus on %s" %
                [(acc.getRoleName(), acc.name) for acc in now]]
    return []


def subtitle(row):
    """The label under a choice's title that Orca reads with it; the label of its list of one
    (the choice shown beside the title) it does not read."""
    def labels(acc):
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is None or child.getRoleName() == "list":
                continue
            if child.getRoleName() == "label" and (child.name or "") != (row.name or ""):
                yield child
            yield from labels(child)
    return next(labels(row), None)


def settings(app):
    """The Profile Settings window, opened with Ctrl+comma: every choice says what is chosen,
    and Tab goes to a number's field, not first to its row, which does nothing."""
    chord(CONTROL_L, ",", 2)
    window = [w for w in app if (w.name or "") == "Profile Settings"]
    if not window:
        return ["Ctrl+comma did not open Profile Settings"]
    problems = []
    for acc in walk(window[0], []):
        role = acc.getRoleName()
        if role == "combo box" and ": " not in (acc.name or "") and not subtitle(acc):
            problems.append("the choice “%s” does not say what is chosen" % acc.name)
        if role == "list item" and acc.getState().contains(pyatspi.STATE_FOCUSABLE) and \
                any(a.getRoleName() == "spin button" for a in walk(acc, [])):
            problems.append("Tab stops on the row “%s” before its field" % acc.name)
    problems += ["%s (Profile Settings)" % p for p in unnamed(window[0], only_shown=True)]
    key("Escape")
    return problems


def pickers(app):
    """The Skills view's level pickers, as a screen reader and the keyboard use them."""
    problems = []
    sliders = [acc for acc in walk(app, []) if acc.getRoleName() == "slider"]
    if not sliders:
        return ["no level pickers in the Skills view"]
    for slider in sliders:
        try:
            value = slider.queryValue()
        except NotImplementedError:
            problems.append("slider “%s” has no value" % slider.name)
            continue
        if (value.minimumValue, value.maximumValue) != (0, 5) or \
           not 0 <= value.currentValue <= 5:
            problems.append("slider “%s”: %g in %g–%g" % (slider.name, value.currentValue,
                                                          value.minimumValue,
                                                          value.maximumValue))
    # Each row's note is there for a screen reader too, named after its skill.
    notes = [acc for acc in walk(app, []) if acc.getRoleName() == "text" and
             (acc.name or "").startswith("Note on ")]
    if len(notes) != len(sliders) // 2:
        problems.append("%d note fields for %d skills" % (len(notes), len(sliders) // 2))
    if problems:
        return problems
    # Tab to a picker, as the keyboard reaches it (the view may already have put focus on one).
    for _ in range(60):
        now = [acc for acc in focused(app) if acc.getRoleName() == "slider"]
        if now:
            break
        key("Tab")
    if not now:
        return problems + ["Tab never reached a level picker"]
    first = now[0]
    was = first.queryValue().currentValue
    step = "Right" if was < 5 else "Left"
    want = was + 1 if was < 5 else was - 1
    key(step)
    if first.queryValue().currentValue != want:
        problems.append("%s on a picker at %g gave %g" % (step, was,
                                                           first.queryValue().currentValue))
    if not (first.description or "").startswith("%d — " % want):
        problems.append("the picker's description does not say level %d: “%s”" %
                        (want, first.description))
    key("Down")
    now = focused(app)
    if first.queryValue().currentValue != want:
        problems.append("Down changed a picker's value")
    if first in now or not any(acc.getRoleName() == "slider" for acc in now):
        problems.append("Down did not move to the next row's picker")
    # Tab, Tab: from the row's current level to its target, then to its note, which comes into
    # sight though the window is narrower than the matrix.
    key("Tab")
    key("Tab")
    note = [acc for acc in focused(app) if acc.getRoleName() == "text"]
    if not note or not (note[0].name or "").startswith("Note on "):
        problems.append("Tab, Tab from a current level did not reach the row's note: %s" %
                        [(acc.getRoleName(), acc.name) for acc in focused(app)])
    else:
        # What the matrix shows: its scrolled pane (the side pane covers the rest).
        pane = note[0].parent
        while pane is not None and pane.getRoleName() != "scroll pane":
            pane = pane.parent
        x, y, w, h = note[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        px, py, pw, ph = pane.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        if x < px or x + w > px + pw:
            problems.append("the focused note is out of sight: %d–%d in a pane %d–%d" %
                            (x, x + w, px, px + pw))
    return problems


def new_profile(app):
    """Ctrl+N opens New Profile as a dialog (libadwaita 1.2's windows are no window to
    AT-SPI, and Orca said nothing as it opened), with the focus in its Name field, which a
    screen reader sees and names (an entry row's field was no object of its own)."""
    chord(CONTROL_L, "n", 2)
    dialog = [w for w in app if (w.name or "") == "New Profile"]
    if not dialog or dialog[0].getRoleName() != "dialog":
        return ["Ctrl+N did not open a New Profile dialog: %s" %
                [(w.getRoleName(), w.name) for w in app]]
    now = [(acc.getRoleName(), acc.name) for acc in focused(app)]
    key("Escape")
    if ("text", "Name") not in now:
        return ["New Profile opened with the focus on %s, not in a text field named Name" % now]
    return []


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
            # Orca says the view's name as the focus enters it ("Progress panel").
            if not any(acc.getRoleName() == "panel" and (acc.name or "") == view
                       for acc in walk(app, [])):
                problems.append("the %s view is no panel named by its title" % view)
            if view == "Skills":
                problems += pickers(app)
                problems += focus_follows_view(app)
            if view == "Interview":
                # Four cards, four "Copy" buttons: each says which answer it copies.
                for acc in walk(app, []):
                    if acc.getRoleName() == "push button" and \
                            (acc.name or "") in ("Copy", "Redraft…") and \
                            "“" not in (acc.description or ""):
                        problems.append("“%s” does not say which answer" % acc.name)
            if view == "Progress":
                # A message dialog says its body, not only its heading, as it opens.
                if not press(app, "Check In…", 1.5):
                    problems.append("no Check In… button in the Progress view")
                else:
                    dialog = [w for w in app if w.getRoleName() == "dialog"]
                    if not dialog or not (dialog[0].description or "").startswith("Where you"):
                        problems.append("the check-in dialog does not describe itself: %s" %
                                        [(w.name, w.description) for w in dialog])
                    key("Escape")
            if view == "Plan":
                # The sample has no plan yet: make one, so its rows' controls are read too.
                if not press(app, "Generate Plan", 3):
                    problems.append("no Generate Plan button in the Plan view")
                # A status drop-down open: its list of choices is read as it opens.
                status = [acc for acc in walk(app, [])
                          if acc.getRoleName() == "push button" and
                          (acc.name or "").startswith("Status of")]
                if status:
                    status[0].queryAction().doAction(0)
                    time.sleep(1.5)
                    problems += unnamed(app)
                    key("Escape")
        problems += settings(app)
        problems += new_profile(app)
        key("F10")  # the main menu, open while the names are read
        problems += sorted(set(unnamed(app)))
        key("Escape")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for p in problems:
        print(p, file=sys.stderr)
    print("%d controls without a name" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
