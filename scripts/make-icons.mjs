// Draws the add-in's icons (assets/icon-16.png … icon-128.png) with Node's built-ins only: a blue rounded
// square with a white bar chart of three rising bars on a base line. Run it after changing the design:
//   node scripts/make-icons.mjs
// Each pixel is the average of 8 × 8 samples, so edges are smooth at every size.
import { Buffer } from "node:buffer";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8;

const BLUE = [15, 108, 189]; // Fluent UI's brand blue (#0F6CBD)
const WHITE = [255, 255, 255];

// The design in a unit square (0..1, y downwards).
const SQUARE = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, radius: 0.2 };
const BARS = [
  { x0: 0.22, x1: 0.36, top: 0.5 },
  { x0: 0.43, x1: 0.57, top: 0.34 },
  { x0: 0.64, x1: 0.78, top: 0.2 },
];
const BASE = { x0: 0.17, x1: 0.83, y0: 0.76, y1: 0.82 };

function insideRoundedSquare(x, y) {
  const { x0, y0, x1, y1, radius } = SQUARE;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideChart(x, y) {
  if (x >= BASE.x0 && x <= BASE.x1 && y >= BASE.y0 && y <= BASE.y1) return true;
  return BARS.some((bar) => x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= BASE.y0);
}

/** RGBA pixels, row by row. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let chart = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square++;
          if (insideChart(x, y)) chart++;
        }
      }
      const alpha = square / (SAMPLES * SAMPLES);
      const white = square === 0 ? 0 : chart / square;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = Math.round(BLUE[c] * (1 - white) + WHITE[c] * white);
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlacing, filter type 0 (None) on every row. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const path = join(root, "assets", `icon-${size}.png`);
  writeFileSync(path, encodePng(size, draw(size)));
  console.log(`assets/icon-${size}.png`);
}
