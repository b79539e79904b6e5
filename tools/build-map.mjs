#!/usr/bin/env node
// Builds the world map outlines the front end draws, from world-atlas (Natural Earth) TopoJSON, in a
// compact binary made for one pass of decoding into vertex buffers.
// Usage: node build-map.mjs --atlas countries-110m.json --countries world-countries.json --out world-110m.bin
//                           [--max-gzip-kb N]   (fails the build when the gzipped file is larger)
//
// Format "DPMP" version 1, little-endian:
//   magic "DPMP" (4 bytes), version u16 = 1, country count u16
//   per country:
//     numeric u16      ISO 3166-1 numeric code, 0 when Natural Earth gives none
//     iso2 2 bytes     ISO 3166-1 alpha-2 in ASCII, "--" for territories without one
//     bbox 4 x i16     west, south, east, north, quantized as below
//     polygons u16     then per polygon: rings u16 (outer ring first, then holes),
//                      then per ring: points as an unsigned LEB128 varint, the first point as two i16,
//                      each next point as two zigzag LEB128 varints: the difference from the previous one
//   Quantization: x = round(lon / 180 * 32767), y = round(lat / 90 * 32767), about 600 m by 300 m at
//   the equator; points that quantize onto the previous one are dropped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { InputError, parseArgs, readJson, runTool } from './build-inputs.mjs';
import { boundingBox, decodeArcs, geometryPolygons } from './topojson-arcs.mjs';

const Q = 32767;
const qx = (lon) => Math.max(-Q, Math.min(Q, Math.round((lon / 180) * Q)));
const qy = (lat) => Math.max(-Q, Math.min(Q, Math.round((lat / 90) * Q)));

class Writer {
  constructor() { this.bytes = []; }
  u8(v) { this.bytes.push(v & 0xff); }
  u16(v) { this.u8(v); this.u8(v >> 8); }
  i16(v) { this.u16(v & 0xffff); }
  varint(v) {
    while (v >= 0x80) { this.u8((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
    this.u8(v);
  }
  zigzag(v) { this.varint(v < 0 ? -2 * v - 1 : 2 * v); }
  ascii(s) { for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i)); }
  buffer() { return Buffer.from(this.bytes); }
}

function quantizeRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [qx(lon), qy(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function iso2Codes(countries) {
  const byNumeric = new Map(), byName = new Map();
  for (const c of countries) {
    if (c.ccn3) byNumeric.set(c.ccn3, c.cca2);
    byName.set(c.name.common, c.cca2);
  }
  return (geometry) => byNumeric.get(geometry.id) || byName.get(geometry.properties && geometry.properties.name) || '--';
}

runTool('build-map', () => {
  const args = parseArgs(process.argv.slice(2), ['atlas', 'countries', 'out']);
  const atlas = readJson(args.atlas, 'world-atlas countries TopoJSON',
    (v) => (v && v.type === 'Topology' && v.transform && v.objects && v.objects.countries ? '' : 'expected a quantized Topology with a countries object'));
  const countries = readJson(args.countries, 'world-countries countries.json',
    (v) => (Array.isArray(v) && v.length > 100 && v[0].cca2 ? '' : 'expected an array of countries with cca2 codes'));
  const iso2Of = iso2Codes(countries);
  const arcs = decodeArcs(atlas);
  const w = new Writer();
  const geometries = atlas.objects.countries.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  w.ascii('DPMP');
  w.u16(1);
  w.u16(geometries.length);
  let points = 0;
  for (const g of geometries) {
    const polygons = geometryPolygons(g, arcs)
      .map((polygon) => polygon.map(quantizeRing).filter((ring) => ring.length >= 3))
      .filter((polygon) => polygon.length > 0);
    const [west, south, east, north] = boundingBox(geometryPolygons(g, arcs));
    w.u16(Number(g.id) > 0 ? Number(g.id) : 0);
    w.ascii(iso2Of(g));
    [qx(west), qy(south), qx(east), qy(north)].forEach((v) => w.i16(v));
    w.u16(polygons.length);
    for (const polygon of polygons) {
      w.u16(polygon.length);
      for (const ring of polygon) {
        w.varint(ring.length);
        w.i16(ring[0][0]);
        w.i16(ring[0][1]);
        for (let i = 1; i < ring.length; i++) {
          w.zigzag(ring[i][0] - ring[i - 1][0]);
          w.zigzag(ring[i][1] - ring[i - 1][1]);
        }
        points += ring.length;
      }
    }
  }
  const bytes = w.buffer();
  const gz = gzipSync(bytes, { level: 9 }).length;
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, bytes);
  console.log(`map: ${geometries.length} countries, ${points} points, ${bytes.length} bytes, ${gz} bytes gzipped -> ${args.out}`);
  const limit = Number(args['max-gzip-kb'] || 0);
  if (limit > 0 && gz > limit * 1024)
    throw new InputError(`${args.out} is ${Math.ceil(gz / 1024)} KB gzipped, over the ${limit} KB the first load allows`);
});
