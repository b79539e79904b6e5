// A long synthetic article for the frame-time benchmark: `count` paragraphs, each with a direct
// quotation, a named speaker, a reporting verb, a date and a place, so every view has work.
const SPEAKERS = [
  ['Claire Morvan', 'la ministre de l\u2019Agriculture'], ['Henri Lacombe', 'le maire de Lyon'],
  ['Sofia Benali', 'la porte-parole du syndicat'], ['Marc-Antoine Piriou', 'le pr\u00e9sident de la r\u00e9gion'],
  ['Ana\u00efs Roux', 'la directrice de l\u2019h\u00f4pital'], ['Jean Kervella', 'le pr\u00e9fet du Finist\u00e8re'],
];
const CUES = ['a d\u00e9clar\u00e9', 'a affirm\u00e9', 'a estim\u00e9', 'a pr\u00e9cis\u00e9', 'a d\u00e9plor\u00e9', 'a assur\u00e9'];
const PLACES = ['Paris', 'Lyon', 'Marseille', 'Brest', 'Toulouse', 'Lille', 'Strasbourg', 'Bordeaux'];
const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'];
const CLAIMS = [
  'Nous ne pouvons pas attendre la fin de l\u2019ann\u00e9e pour agir',
  'Les chiffres de ce trimestre montrent une am\u00e9lioration r\u00e9elle mais fragile',
  'Il faudra des moyens suppl\u00e9mentaires, et nous les demanderons',
  'Personne ne nous a consult\u00e9s avant cette d\u00e9cision',
  'La concertation reprendra d\u00e8s la semaine prochaine',
];

export function quoteArticle(count = 100) {
  const lines = ['CONCERTATION : LES \u00c9LUS ET LES SYNDICATS DONNENT DE LA VOIX', '', 'Paris / La Gazette'];
  for (let i = 0; i < count; i++) {
    const [name, role] = SPEAKERS[i % SPEAKERS.length];
    const surname = name.split(' ').pop();
    const who = i % 3 === 0 ? `${role}, ${name}` : i % 3 === 1 ? `M. ${surname}` : name;
    const day = 1 + (i % 28);
    lines.push(`\u00ab ${CLAIMS[i % CLAIMS.length]} (${i + 1}) \u00bb, ${CUES[i % CUES.length]} ${DAYS[i % DAYS.length]} ${who} ` +
      `\u00e0 ${PLACES[i % PLACES.length]}, o\u00f9 la r\u00e9union du ${day} mars 2024 s\u2019est tenue devant la presse.`);
  }
  return lines.join('\n') + '\n';
}
