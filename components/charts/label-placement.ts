/** An axis-aligned box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point's centre. */
  cx: number;
  cy: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where the text starts (`text-anchor: start`) and its vertical middle. */
  x: number;
  y: number;
}

/** 12px system-ui text: about 7 units per character, generous so real glyphs stay inside the box. */
export const labelCharWidth = 7;
export const labelHeight = 14;
const gap = 3;

export function labelSize(text: string): { width: number; height: number } {
  return { width: Math.max(1, text.length) * labelCharWidth, height: labelHeight };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** Candidate boxes around a point, in order of preference: right, left, above, below, then the corners. */
function candidates(cx: number, cy: number, width: number, height: number, radius: number): Box[] {
  const off = radius + gap;
  const middle = cy - height / 2;
  return [
    { x: cx + off, y: middle, width, height },
    { x: cx - off - width, y: middle, width, height },
    { x: cx - width / 2, y: cy - off - height, width, height },
    { x: cx - width / 2, y: cy + off, width, height },
    { x: cx + off, y: cy - off - height, width, height },
    { x: cx + off, y: cy + off, width, height },
    { x: cx - off - width, y: cy - off - height, width, height },
    { x: cx - off - width, y: cy + off, width, height },
  ];
}

/**
 * Deterministic label placement for a scatter plot: each label takes the first position around its
 * point that stays inside `bounds` and overlaps neither a label already placed nor any point's
 * marker; a label with no free position is left out (the chart's data table still lists it).
 * Points are visited left to right, then top to bottom, so the same data always gives the same
 * picture. O(n² × 8) box tests, fine for a team of reps.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  pointRadius: number,
  /** Other text to keep clear of, e.g. a reference line's label. */
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const markers: Box[] = requests.map((request) => ({
    x: request.cx - pointRadius,
    y: request.cy - pointRadius,
    width: pointRadius * 2,
    height: pointRadius * 2,
  }));
  const order = [...requests].sort((a, b) => a.cx - b.cx || a.cy - b.cy || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  for (const request of order) {
    const { width, height } = labelSize(request.text);
    const box = candidates(request.cx, request.cy, width, height, pointRadius).find(
      (candidate) =>
        inside(candidate, bounds) &&
        !markers.some((marker) => boxesOverlap(candidate, marker)) &&
        !obstacles.some((obstacle) => boxesOverlap(candidate, obstacle)) &&
        !placed.some((label) => boxesOverlap(candidate, label.box)),
    );
    if (box) placed.push({ id: request.id, box, x: box.x, y: box.y + box.height / 2 });
  }
  return placed;
}
