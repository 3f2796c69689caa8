"""The Linux .deb of the one-folder program (UOS and Kylin, the 信创 desktops, are
Debian-based): dist/yinling/ installed as /opt/yinling, `yinling` on the PATH, a desktop
entry with its icon, and the file associations an office double-clicks —

- `.ylpkg` (application/x-yinling-package): a plan package, opened by the program;
- `.xlsx`: the program is offered under “打开方式” for the reports it exports (opened in its
  import). A report of ours cannot be told from any other workbook by its name or its first
  bytes, so the office's spreadsheet program stays the default for .xlsx.

    python packaging/deb.py             # after build.py: dist/yinling_<version>_<arch>.deb

Needs `dpkg-deb` (Debian's dpkg). The maintainer scripts refresh the desktop and MIME
databases where those tools are installed (a minimal system has neither, and needs neither).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from desktop import __version__  # noqa: E402

BUNDLE = ROOT / "dist" / "yinling"
STAGE = ROOT / "build" / "deb"
PREFIX = Path("opt/yinling")
PACKAGE_MIME = "application/x-yinling-package"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What Qt's xcb platform needs from the system (the bundle carries the rest), as .ci/run installs.
DEPENDS = ("libc6, libegl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, "
           "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, "
           "libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libxcb-randr0")

DESKTOP_ENTRY = f"""[Desktop Entry]
Type=Application
Version=1.0
Name=银龄台账
Name[en]=Yinling Ledger
GenericName=老龄工作指标填报
GenericName[en]=Elderly-care plan reporting
Comment=老龄工作规划指标的季度填报、报表导出、导入与汇总
Comment[en]=Quarterly figures of an elderly-care plan: entry, reports, import and consolidation
Exec=/{PREFIX}/yinling %f
Icon=yinling
Terminal=false
Categories=Office;
MimeType={PACKAGE_MIME};{XLSX_MIME};
StartupNotify=true
"""

MIME_INFO = f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{PACKAGE_MIME}">
    <comment>Yinling plan package</comment>
    <comment xml:lang="zh_CN">银龄台账方案包</comment>
    <sub-class-of type="application/zip"/>
    <generic-icon name="yinling"/>
    <glob pattern="*.ylpkg"/>
  </mime-type>
</mime-info>
"""

REFRESH = """#!/bin/sh
set -e
refresh() { if command -v "$1" >/dev/null 2>&1; then "$@" || true; fi; }
refresh update-mime-database /usr/share/mime
refresh update-desktop-database -q /usr/share/applications
refresh gtk-update-icon-cache -q -t /usr/share/icons/hicolor
exit 0
"""


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def build(bundle: Path = BUNDLE, out: Path | None = None) -> Path:
    if not (bundle / "yinling").is_file():
        raise SystemExit(f"deb.py: build the program first ({bundle}/yinling is missing)")
    arch = architecture()
    shutil.rmtree(STAGE, ignore_errors=True)
    root = STAGE / "root"
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    _write(root / "usr/bin/yinling", None, link=f"../../{PREFIX}/yinling")
    _write(root / "usr/share/applications/yinling.desktop", DESKTOP_ENTRY)
    _write(root / "usr/share/mime/packages/yinling.xml", MIME_INFO)
    icon = root / "usr/share/icons/hicolor/256x256/apps/yinling.png"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "resources/icons/yinling.png", icon)
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = (f"Package: yinling\nVersion: {__version__}\nArchitecture: {arch}\n"
               f"Maintainer: Yinling <yinling@localhost>\nInstalled-Size: {size_kb}\n"
               f"Depends: {DEPENDS}\nRecommends: fonts-noto-cjk\nSection: misc\nPriority: optional\n"
               "Homepage: https://localhost/yinling\n"
               "Description: 银龄台账 (Yinling Ledger): offline reporting on elderly-care plans\n"
               " Town and street offices enter their county's plan figures every quarter and\n"
               " export Excel reports; the county imports, checks and consolidates them.\n")
    _write(root / "DEBIAN/control", control)
    for script in ("postinst", "postrm"):
        _write(root / "DEBIAN" / script, REFRESH, mode=0o755)
    out = out or ROOT / "dist" / f"yinling_{__version__}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                   check=True, capture_output=True)
    print(f"built {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} "
          f"({out.stat().st_size / 2**20:.0f} MB)")
    return out


def _write(path: Path, text: str | None, *, link: str = "", mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if link:
        path.symlink_to(link)
        return
    assert text is not None
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


if __name__ == "__main__":
    build()
