"""Draw the app icon with Qt: resources/icons/yinling.png (256 px) and yinling.ico.

A ledger page with a rising bar chart on a warm red rounded square; shapes only, so the
drawing does not depend on which fonts the machine has. The .ico holds PNG images at the
sizes Windows asks for (16 to 256 px), written by hand: Qt's own ICO writer stores one size.

    .venv/bin/python packaging/make_icon.py      # rewrites both files; they are committed
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def draw(size: int) -> bytes:
    """The icon at `size` px, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # drawn on a 256 × 256 grid
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#b8342b"))  # 中国红, a little muted
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    p.setBrush(QColor("#fbf6ec"))  # the ledger page
    p.drawRoundedRect(QRectF(48, 40, 160, 184), 14, 14)
    p.setBrush(QColor("#b8342b"))  # its binding
    p.drawRect(QRectF(48, 40, 18, 184))
    p.setPen(QPen(QColor("#d9cdb8"), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for y in (74, 100, 126):  # ruled lines
        p.drawLine(84, y, 188, y)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#e0a526"))  # the figures rising, in gold
    for i, height in enumerate((30, 48, 68)):
        p.drawRoundedRect(QRectF(88 + i * 34, 204 - height, 24, height), 4, 4)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG-compressed images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in ICO_SIZES}
    (ICONS / "yinling.png").write_bytes(images[256])
    (ICONS / "yinling.ico").write_bytes(ico(images))
    print(f"wrote {ICONS / 'yinling.png'} and {ICONS / 'yinling.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
