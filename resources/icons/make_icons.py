"""Render frontdesk.svg to the PNG/ICO/ICNS files packaging needs.

Run from anywhere: `python resources/icons/make_icons.py` (needs PySide6; ImageMagick `convert`
for the .ico). The .icns is written directly: its entries are PNG data keyed by OSType, which
macOS 10.7+ reads, so no Apple tools are needed.
"""

from __future__ import annotations

import os
import struct
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICNS_TYPES = {  # OSType -> pixel size (PNG payloads)
    b"icp4": 16,
    b"icp5": 32,
    b"icp6": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic09": 512,
    b"ic10": 1024,
    b"ic11": 32,
    b"ic12": 64,
    b"ic13": 256,
    b"ic14": 512,
}


def render(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(out))


def write_icns(pngs: dict[int, Path], out: Path) -> None:
    chunks = b""
    for ostype, size in ICNS_TYPES.items():
        data = pngs[size].read_bytes()
        chunks += ostype + struct.pack(">I", len(data) + 8) + data
    out.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])  # noqa: F841 - QPainter needs it
    svg = HERE / "frontdesk.svg"
    with tempfile.TemporaryDirectory() as tmp:
        pngs: dict[int, Path] = {}
        for size in (16, 24, 32, 48, 64, 128, 256, 512, 1024):
            pngs[size] = Path(tmp) / f"{size}.png"
            render(svg, size, pngs[size])
        (HERE / "frontdesk.png").write_bytes(pngs[512].read_bytes())
        write_icns(pngs, HERE / "frontdesk.icns")
        ico_sizes = [str(pngs[s]) for s in (16, 24, 32, 48, 64, 128, 256)]
        subprocess.run(["convert", *ico_sizes, str(HERE / "frontdesk.ico")], check=True)


if __name__ == "__main__":
    main()
