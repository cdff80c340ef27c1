// A minimal PNG reader for screenshot checks (8-bit greyscale/RGB/RGBA, not interlaced: what
// Chromium writes), so the browser tests need no npm image library.
//
//   const image = decodePng(fs.readFileSync('shot.png'));   // {width, height, channels, pixels}
//   imageStats(image)   // {distinctColors: 214, inkFraction: 0.031}
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4};   // by PNG colour type

export function decodePng(buffer) {
  if (!buffer.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8], colorType = data[9], interlace = data[12];
      channels = CHANNELS[colorType];
      if (bitDepth !== 8 || !channels || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  // Undo the per-row filters (PNG spec, section 9): each byte predicted from left, up, up-left.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[x - channels] : 0;
      const up = prev ? prev[x] : 0;
      const upLeft = prev && x >= channels ? prev[x - channels] : 0;
      let predicted = 0;
      switch (filter) {
        case 0: predicted = 0; break;
        case 1: predicted = left; break;
        case 2: predicted = up; break;
        case 3: predicted = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      out[x] = (row[x] + predicted) & 0xff;
    }
  }
  return {width, height, channels, pixels};
}

// distinctColors: how many RGB values occur (a blank page has 1 or 2; anti-aliased text
// hundreds). inkFraction: the share of pixels darker than mid-grey, i.e. text, within `box`
// ({x, y, width, height} in pixels; default the whole image).
export function imageStats(image, box = {x: 0, y: 0, width: image.width, height: image.height}) {
  const colors = new Set();
  let ink = 0;
  const {channels, pixels} = image;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * channels;
      const r = pixels[i], g = channels >= 3 ? pixels[i + 1] : r, b = channels >= 3 ? pixels[i + 2] : r;
      colors.add((r << 16) | (g << 8) | b);
      if (0.299 * r + 0.587 * g + 0.114 * b < 128) ink++;
    }
  }
  return {distinctColors: colors.size, inkFraction: ink / (box.width * box.height)};
}
