"""Build the one-folder program, dist/yinling/, and check that it runs.

    python packaging/build.py              # `make package` runs this in .venv
    python packaging/build.py --no-check   # build only

Runs PyInstaller on packaging/yinling.spec (draws the icon first if it is missing), then
runs the built program: `--version`, `catalog --json` (one JSON document) and `--selftest`
(offscreen). Prints the folder's size and what takes the most room; on Linux then makes the
.deb (packaging/deb.py). Exit status 0 only if the build and every check passed. The same
command builds the Windows folder on Windows (packaging/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "yinling.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "yinling"
WINDOWS = sys.platform == "win32"
EXE = BUNDLE / ("yinling.exe" if WINDOWS else "yinling")
LIMIT_MB = 150  # the budget for the folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-check", action="store_true", help="build only; do not run the result")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--no-deb", action="store_true", help="Linux: do not make the .deb (packaging/deb.py)")
    args = parser.parse_args(argv)
    if not (ROOT / "resources" / "icons" / "yinling.ico").exists():
        run([sys.executable, str(ROOT / "packaging" / "make_icon.py")])
    started = time.perf_counter()
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         *(["--clean"] if args.clean else []),
         "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(SPEC)])
    print(f"built {EXE.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    missing = [p for p in (EXE, *([BUNDLE / "yinling-gui.exe"] if WINDOWS else [])) if not p.is_file()]
    if missing:
        print(f"build.py: not built: {', '.join(map(str, missing))}", file=sys.stderr)
        return 1
    report_size()
    if args.no_check:
        return 0
    checked = check()
    if checked == 0 and sys.platform.startswith("linux") and not args.no_deb:
        if shutil.which("dpkg-deb") is None:
            print("build.py: dpkg-deb not found: no .deb made (packaging/deb.py)")
        else:
            from deb import build as build_deb  # packaging/deb.py, beside this file

            build_deb()
    return checked


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def check() -> int:
    """The built program, run as an office would run it (outside the source tree)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    env.pop("YINLING_SCHEMA", None)
    started = time.perf_counter()
    version = subprocess.run([str(EXE), "--version"], capture_output=True, text=True, env=env,
                             cwd=BUNDLE.parent, check=False)
    print(f"{EXE.name} --version: {version.stdout.strip()} ({time.perf_counter() - started:.2f} s)")
    if version.returncode != 0:
        print(version.stderr, file=sys.stderr)
        return 1
    catalog = subprocess.run([str(EXE), "catalog", "--json"], capture_output=True, env=env,
                             cwd=BUNDLE.parent, check=False)
    try:
        plans = json.loads(catalog.stdout.decode("utf-8"))["plans"]
    except (ValueError, KeyError) as exc:
        print(f"{EXE.name} catalog --json: not a catalog document ({exc})\n"
              f"{catalog.stderr.decode('utf-8', 'replace')}", file=sys.stderr)
        return 1
    print(f"{EXE.name} catalog --json: {len(plans)} plans")
    selftest = subprocess.run([str(EXE), "--selftest"], env=env, cwd=BUNDLE.parent, check=False)
    return selftest.returncode


def report_size() -> None:
    """The folder's size, and its largest parts (what to look at if it grows)."""
    files = [p for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    internal = BUNDLE / "_internal"
    parts: dict[str, int] = {}
    for path in files:
        rel = path.relative_to(internal if internal in path.parents else BUNDLE)
        key = "/".join(rel.parts[:3]) if rel.parts[:2] == ("PySide6", "Qt") else rel.parts[0]
        parts[key] = parts.get(key, 0) + path.stat().st_size
    print(f"{BUNDLE.relative_to(ROOT)}: {total / 2**20:.0f} MB in {len(files)} files; largest:")
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {size / 2**20:6.1f} MB  {key}")
    if total > LIMIT_MB * 2**20:
        print(f"build.py: WARNING: the folder is over {LIMIT_MB} MB", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
