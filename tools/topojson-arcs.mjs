// Decoding of a quantized TopoJSON topology (world-atlas) into plain longitude/latitude rings,
// shared by the gazetteer (country bounding boxes) and the map data builder.

export function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      x += dx; y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

// A ring is a list of arc indices; a negative index ~i walks arc i backwards. Consecutive arcs
// share their joining point, which is kept once.
function ringPoints(ring, arcs) {
  const out = [];
  for (const index of ring) {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    for (let i = out.length ? 1 : 0; i < arc.length; i++) out.push(arc[i]);
  }
  return out;
}

// Polygons of one geometry as [[ring, ...], ...], outer ring first in each polygon.
export function geometryPolygons(geometry, arcs) {
  if (geometry.type === 'Polygon') return [geometry.arcs.map((r) => ringPoints(r, arcs))];
  if (geometry.type === 'MultiPolygon') return geometry.arcs.map((p) => p.map((r) => ringPoints(r, arcs)));
  return [];
}

export function boundingBox(polygons) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y;
      }
  return [w, s, e, n];
}
