"""Stands in for PyInstaller's own hook for PySide6.QtGui (a user hook wins): the same
collection, less the Qt plugins an office PC never loads.

Dropped here rather than from the finished Analysis, because PyInstaller then follows only
the kept plugins' library dependencies: the VNC platform no longer drags in QtNetwork, nor
the GTK theme plugin cairo, pango and half of GTK's stack (which, bundled next to the
system's GTK, is a known source of crashes anyway).

Kept: the desktop platforms (xcb, wayland, windows, cocoa) and offscreen (--selftest, CI),
input contexts (ibus and compose: typing Chinese on Linux), icon engines, the common image
formats, the XDG portal theme, accessibility, and Wayland's client-side plugins.
"""

import re
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin type → file names (without lib/q prefixes) that are left out
DROPPED = {
    "platforms": r"eglfs|linuxfb|minimal|vkkhrdisplay|vnc|direct2d",  # embedded, VNC, experimental
    "egldeviceintegrations": r".",  # eglfs only
    "generic": r".",  # evdev and TUIO input, for eglfs/linuxfb kiosks; TUIO needs QtNetwork
    "platformthemes": r"gtk3",
    "imageformats": r"tiff|webp|icns|tga|wbmp|pdf",
}


def dropped(src: str, dest: str) -> bool:
    parts = PurePath(dest).parts
    if "plugins" not in parts:
        return False
    kind = "/".join(parts[parts.index("plugins") + 1:])
    pattern = DROPPED.get(kind)
    return bool(pattern and re.search(pattern, PurePath(src).name))


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if not dropped(src, dest)]
