/**
 * A stable colour per country code, so a country keeps its colour across searches: 24 hues ×
 * 2 lightnesses, dark enough to read on white, picked by a hash of the code (48 colours for ~200
 * countries, so two can share one; the legend names them). Actors without a country are grey.
 *
 * @example countryColour('UA') === countryColour('ua') // same hue every time
 */
export const NO_COUNTRY = '#8a8f98';

const cache = new Map<string, string>();

export function countryColour(code: string | null | undefined): string {
  if (!code) return NO_COUNTRY;
  const upper = code.toUpperCase();
  let colour = cache.get(upper);
  if (!colour) {
    // FNV-1a: codes that differ in one letter land far apart.
    let hash = 0x811c9dc5;
    for (let i = 0; i < upper.length; i++) hash = Math.imul(hash ^ upper.charCodeAt(i), 0x01000193) >>> 0;
    colour = hslToHex((hash % 24) * 15, 70, [34, 46][(hash >>> 8) % 2]);
    cache.set(upper, colour);
  }
  return colour;
}

/** WebGL colours must be hex or rgb: convert here rather than pass `hsl()`. */
function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}
