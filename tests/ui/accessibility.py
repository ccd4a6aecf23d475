#!/usr/bin/python3
# The window as a screen reader meets it, read from outside the process through AT-SPI
# (python3-pyatspi): the real `bubuh --demo` under Xvfb with Qt's accessibility bridge on.
#   - selecting each step in the side list (the list's AT-SPI selection, as Orca does) shows
#     that step's page, with a heading that names it;
#   - every shown actionable control has a name and a role;
#   - a change in the status bar is announced (an accessible-name change of its label);
#   - the stamp on the page view is an object whose name says where it is, in millimetres, and
#     follows the stamp when it is moved through AT-SPI.
# Usage: accessibility.py BUBUH DOCUMENT.pdf   (run inside Xvfb and a D-Bus session)
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

HEADINGS = ["Akun dan kuota", "Dokumen", "Posisi meterai", "Bubuhkan dan periksa"]
ACTIONABLE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_ENTRY,
}
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message, flush=True)


def pump(seconds):
    """Lets AT-SPI events arrive for a while."""
    end = time.time() + seconds
    context = GLib.MainContext.default()
    while time.time() < end:
        while context.iteration(False):
            pass
        time.sleep(0.05)


def walk(acc):
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def showing(acc):
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role, name=None, pattern=None, only_showing=True):
    for acc in walk(root):
        if acc.getRole() != role or (only_showing and not showing(acc)):
            continue
        if name is not None and acc.name != name:
            continue
        if pattern is not None and not re.search(pattern, acc.name or ""):
            continue
        return acc
    return None


def select_step(steps, index):
    """Selects a step as a screen reader does: through the list's selection where the toolkit
    offers it, otherwise the item's own action (Qt 6.4 offers "Toggle")."""
    item = steps.getChildAtIndex(index)
    if item.getState().contains(pyatspi.STATE_SELECTED):
        return item
    try:
        steps.querySelection().selectChild(index)
    except NotImplementedError:
        action = item.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        action.doAction(names.index("Toggle") if "Toggle" in names else 0)
    return item


def wait_for(what, probe, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        found = probe()
        if found:
            return found
        pump(0.2)
    fail("timed out waiting for " + what)
    return None


def main(bubuh, document):
    home = tempfile.mkdtemp(prefix="bubuh-a11y-")
    os.chmod(home, 0o700)
    env = dict(os.environ, HOME=home, XDG_RUNTIME_DIR=home, XDG_CONFIG_HOME=home + "/.config",
               XDG_DATA_HOME=home + "/.local/share", QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8")
    process = subprocess.Popen([bubuh, "--demo", document], env=env)
    try:
        app = wait_for("the application on the accessibility bus", lambda: next(
            (a for a in pyatspi.Registry.getDesktop(0) if a is not None and a.name == "Bubuh"),
            None), 60)
        if not app:
            return
        frame = wait_for("the window", lambda: find(app, pyatspi.ROLE_FRAME))
        steps = wait_for("the step list", lambda: find(frame, pyatspi.ROLE_LIST, "Langkah"))
        # Signed in and the document read: the window has settled.
        wait_for("the demo account", lambda: find(frame, pyatspi.ROLE_LABEL, "Masuk: demo"))
        if not steps:
            return

        # Each step, selected as a screen reader selects it (the list's own order: 1, 2, 3, 4).
        for index, heading in enumerate(HEADINGS):
            item = select_step(steps, index)
            if not wait_for("step %d's page" % (index + 1),
                            lambda: find(frame, pyatspi.ROLE_LABEL, heading), 5):
                fail("selecting %r did not show the page headed %r" % (item.name, heading))
                continue
            if not item.getState().contains(pyatspi.STATE_SELECTED):
                fail("%r is not selected" % item.name)
            if ":" not in item.name:
                fail("step %r does not say its state" % item.name)
            for acc in walk(frame):
                if acc.getRole() in ACTIONABLE and showing(acc):
                    if not (acc.name or "").strip():
                        fail("step %d: a %s without a name (parent %s %r)" % (
                            index + 1, acc.getRoleName(), acc.parent.getRoleName(),
                            acc.parent.name))
                    if acc.getRoleName() in ("", "unknown"):
                        fail("step %d: %r has no role" % (index + 1, acc.name))

        # The status bar announces its changes: setting a deadline shows the time left there.
        select_step(steps, 0)
        announced = []

        def heard(event):
            source = event.source
            if source is not None and source.getRole() == pyatspi.ROLE_LABEL and \
                    source.parent is not None and source.parent.getRole() == pyatspi.ROLE_STATUS_BAR:
                announced.append(source.name)

        pyatspi.Registry.registerEventListener(heard, "object:property-change:accessible-name")
        deadline = wait_for("the deadline box", lambda: find(
            frame, pyatspi.ROLE_CHECK_BOX, pattern=r"^Saya harus mengunggah"))
        if deadline:
            action = deadline.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            action.doAction(names.index("Toggle") if "Toggle" in names else 0)
            wait_for("an announcement from the status bar", lambda: any(
                text.startswith("Batas unggah:") for text in announced), 10)
        pyatspi.Registry.deregisterEventListener(heard, "object:property-change:accessible-name")

        # The stamp is an object of its own, placed in millimetres.
        select_step(steps, 2)
        stamp_pattern = r"^e-Meterai: halaman 1, (\d+) mm dari kiri, (\d+) mm dari atas, lebar (\d+) mm$"
        stamp = wait_for("the stamp on the page", lambda: find(
            frame, pyatspi.ROLE_IMAGE, pattern=stamp_pattern))
        left = find(frame, pyatspi.ROLE_SPIN_BUTTON, "Jarak meterai dari tepi kiri")
        if stamp and left:
            x = int(re.search(stamp_pattern, stamp.name).group(1))
            shown = left.queryValue().currentValue
            if abs(x - shown) > 1:
                fail("the stamp says %d mm from the left, the field %s" % (x, shown))
            left.queryValue().currentValue = 100.0
            wait_for("the stamp's name to follow it to 100 mm", lambda: find(
                frame, pyatspi.ROLE_IMAGE,
                pattern=r"^e-Meterai: halaman 1, 100 mm dari kiri"), 5)
            extents = stamp.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if extents.width < 20 or extents.height < 20:
                fail("the stamp object has no size on screen: %s" % (extents,))
        elif not left:
            fail("no field for the stamp's distance from the left")
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
    print("accessibility: %d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]) or (1 if failures else 0))
