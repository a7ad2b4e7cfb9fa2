import { describe, expect, it } from 'vitest';
import { boxesOverlap, labelSize, placeLabels, type Box } from './label-placement';

const bounds: Box = { x: 0, y: 0, width: 640, height: 360 };
const radius = 6;

function markerOf(cx: number, cy: number): Box {
  return { x: cx - radius, y: cy - radius, width: 2 * radius, height: 2 * radius };
}

describe('boxesOverlap', () => {
  it('is true for intersecting boxes and false for boxes that only touch', () => {
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
  });
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ id: 'a', cx: 100, cy: 100, text: 'Maya Chen' }], bounds, radius);
    expect(label!.box.x).toBeGreaterThan(100 + radius);
    expect(label!.y).toBe(100);
  });

  it('moves a label left when the right would leave the plot', () => {
    const [label] = placeLabels([{ id: 'a', cx: 630, cy: 100, text: 'Maya Chen' }], bounds, radius);
    expect(label!.box.x + label!.box.width).toBeLessThan(630 - radius);
  });

  it('never lets two labels, or a label and a marker, overlap in a crowded cluster', () => {
    // Twelve reps within a few units of each other: the shape of a core team with similar scores.
    const requests = Array.from({ length: 12 }, (_, index) => ({
      id: `r${index}`,
      cx: 300 + (index % 4) * 9,
      cy: 180 + Math.floor(index / 4) * 7,
      text: `Rep number ${index}`,
    }));
    const placed = placeLabels(requests, bounds, radius);
    expect(placed.length).toBeGreaterThan(1);
    expect(placed.length).toBeLessThan(requests.length); // too crowded for all: some fall back to the table
    for (const [index, label] of placed.entries()) {
      for (const other of placed.slice(index + 1)) expect(boxesOverlap(label.box, other.box)).toBe(false);
      for (const request of requests) expect(boxesOverlap(label.box, markerOf(request.cx, request.cy))).toBe(false);
      expect(label.box.x).toBeGreaterThanOrEqual(0);
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(640);
    }
  });

  it('keeps clear of other text', () => {
    const obstacle = { x: 100 + radius, y: 90, width: 200, height: 20 };
    const [label] = placeLabels([{ id: 'a', cx: 100, cy: 100, text: 'Maya' }], bounds, radius, [obstacle]);
    expect(boxesOverlap(label!.box, obstacle)).toBe(false);
  });

  it('is deterministic whatever the input order', () => {
    const requests = [
      { id: 'a', cx: 200, cy: 100, text: 'Alpha' },
      { id: 'b', cx: 205, cy: 104, text: 'Beta' },
      { id: 'c', cx: 210, cy: 98, text: 'Gamma' },
    ];
    const forward = placeLabels(requests, bounds, radius);
    const backward = placeLabels([...requests].reverse(), bounds, radius);
    expect(backward).toEqual(forward);
  });

  it('sizes a label by its text', () => {
    expect(labelSize('Ben').width).toBeLessThan(labelSize('Benedict Cumberbatch').width);
  });
});
