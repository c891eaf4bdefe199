# Draws images/icon.png (128x128, the size the extension manifest asks for): a check mark over a
# figure's underline on a blue tile. Kept as a script so the icon can be redrawn, not hand-edited.
import struct
import zlib

SIZE = 128
BLUE, WHITE, AMBER = (29, 78, 137), (255, 255, 255), (242, 169, 0)


def on_segment(x, y, x0, y0, x1, y1, width):
    dx, dy = x1 - x0, y1 - y0
    t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
    px, py = x0 + t * dx, y0 + t * dy
    return (x - px) ** 2 + (y - py) ** 2 <= (width / 2) ** 2


def in_tile(x, y, radius=22):
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def pixel(x, y):
    if not in_tile(x, y):
        return (0, 0, 0, 0)
    if on_segment(x, y, 30, 62, 54, 86, 14) or on_segment(x, y, 54, 86, 98, 36, 14):
        return WHITE + (255,)
    if 100 <= y <= 106 and 26 <= x <= 102 and (x // 8) % 2 == 0:
        return AMBER + (255,)
    return BLUE + (255,)


rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


png = (
    b"\x89PNG\r\n\x1a\n"
    + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(rows, 9))
    + chunk(b"IEND", b"")
)
with open("images/icon.png", "wb") as out:
    out.write(png)
