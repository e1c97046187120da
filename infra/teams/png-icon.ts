import { deflateSync, inflateSync } from "node:zlib";
import { crc32 } from "./crc32";

/**
 * The Teams app's icons, drawn in code so the package needs no binary file and no image tool:
 * a speech bubble with three dots (a conversation with an advisor). Teams wants a 192x192 full-colour
 * icon and a 32x32 outline icon that is white on a transparent background.
 */

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}

type Shape = (x: number, y: number) => boolean;

/** The bubble, in unit coordinates (0..1, y down): a rounded rectangle and a tail at the bottom left. */
function bubble(inset = 0): Shape {
  const [left, top, right, bottom, radius] = [0.16 + inset, 0.2 + inset, 0.84 - inset, 0.68 - inset, Math.max(0.02, 0.13 - inset)];
  return (x, y) => {
    const cx = Math.min(Math.max(x, left + radius), right - radius);
    const cy = Math.min(Math.max(y, top + radius), bottom - radius);
    const inRect = x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    if (inRect || inset > 0) return inRect;
    // Tail: a triangle below the bubble, pointing down-left.
    const [ax, ay, bx, by, tx, ty] = [0.3, 0.66, 0.46, 0.66, 0.26, 0.84];
    const sign = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
    const d1 = sign(x, y, ax, ay, bx, by);
    const d2 = sign(x, y, bx, by, tx, ty);
    const d3 = sign(x, y, tx, ty, ax, ay);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

const dots: Shape = (x, y) => [0.34, 0.5, 0.66].some((cx) => (x - cx) ** 2 + (y - 0.44) ** 2 <= 0.05 ** 2);

/** Renders with 4x4 supersampling: the share of covered samples becomes the pixel's coverage. */
function render(size: number, colorAt: (x: number, y: number) => [number, number, number, number] | undefined, background: [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = colorAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size) ?? background;
          // Premultiplied, so transparent samples do not darken edges.
          sum[0]! += color[0] * color[3];
          sum[1]! += color[1] * color[3];
          sum[2]! += color[2] * color[3];
          sum[3]! += color[3];
        }
      }
      const alpha = sum[3]! / (samples * samples);
      const offset = (py * size + px) * 4;
      pixels[offset] = alpha > 0 ? Math.round(sum[0]! / sum[3]!) : 0;
      pixels[offset + 1] = alpha > 0 ? Math.round(sum[1]! / sum[3]!) : 0;
      pixels[offset + 2] = alpha > 0 ? Math.round(sum[2]! / sum[3]!) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return { width: size, height: size, pixels };
}

/** "#A6192E" → [166, 25, 46]. */
export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a colour #RRGGBB: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** 192x192: a white bubble with dots of the accent colour, on the accent colour. */
export function colorIcon(accent: string): RgbaImage {
  const [r, g, b] = parseHexColor(accent);
  const shape = bubble();
  return render(192, (x, y) => (dots(x, y) ? [r, g, b, 255] : shape(x, y) ? [255, 255, 255, 255] : undefined), [r, g, b, 255]);
}

/** 32x32: the bubble's outline and its dots in white, on transparent. */
export function outlineIcon(): RgbaImage {
  const outer = bubble();
  const inner = bubble(0.09);
  return render(32, (x, y) => (dots(x, y) || (outer(x, y) && !inner(x, y)) ? [255, 255, 255, 255] : undefined), [0, 0, 0, 0]);
}

/** An RGBA PNG (colour type 6, 8 bits), unfiltered rows, zlib-compressed. */
export function encodePng(image: RgbaImage): Buffer {
  const rows = Buffer.alloc((image.width * 4 + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    rows[y * (image.width * 4 + 1)] = 0; // filter: none
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset + y * image.width * 4, image.width * 4).copy(rows, y * (image.width * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Reads back a PNG written by `encodePng` (RGBA, 8 bits, no filter), checking signature and CRCs:
 * the package validator uses it to check the icons' sizes and the outline icon's colours.
 */
export function decodePng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG file");
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(offset + 8 + length)) throw new Error(`PNG chunk ${type}: bad CRC`);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[9] !== 6) throw new Error("PNG: only 8-bit RGBA is read here");
    } else if (type === "IDAT") data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (rows[y * (width * 4 + 1)] !== 0) throw new Error("PNG: filtered rows are not read here");
    pixels.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, pixels };
}
