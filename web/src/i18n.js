// UI strings in English and German. State and place names come from the API (iso-codes), never
// from here. The chosen language is kept in localStorage and set on <html lang>.

const strings = {
  en: {
    appTitle: 'casus — alliance treaties as code',
    skip: 'Skip to content',
    navMap: 'Map', navNetwork: 'Network', navScenario: 'Scenario', navTreaties: 'Treaties', navDiff: 'Compare',
    language: 'Deutsch', languageLabel: 'Sprache: Deutsch',
    date: 'Date (YYYY-MM-DD)', year: 'Year', loading: 'Loading…',
    mapTitle: 'Who is allied with whom', mapAlliance: 'Alliance', mapAll: 'All alliances (number per state)',
    mapLegendCount: 'alliances in force', mapMembers: 'members', mapNone: 'no alliance in the corpus',
    networkTitle: 'The alliance network', networkHelp: 'States and the treaties in force on the chosen date.',
    networkTreaties: 'Treaties in force',
    scenarioTitle: 'Stage an attack', scTitle: 'Title (optional)', scKind: 'What happens',
    scAttackers: 'Attackers', scFilter: 'Filter states', scTarget: 'Target', scPlace: 'Place',
    scPlaceDefault: '(the target’s territory)', scLegalBasis: 'Legal basis claimed',
    scLegalBasisLater: 'comes with the rebuilt evaluation model; not yet evaluated',
    scReadings: 'Readings', scPolicies: 'Honouring policy', evaluate: 'Evaluate', save: 'Save',
    saved: 'Saved as', savedTitle: 'Saved scenarios', open: 'Open', download: 'Download TOML', delete: 'Delete',
    upload: 'Upload a scenario file (TOML)', noSaved: 'No saved scenarios yet.', deleted: 'Deleted.',
    moreEvents: 'This scenario has more events than the builder shows; they are kept when evaluating the saved file.',
    result: 'Result', evaluationOf: 'Reading and policy', sideOf: 'On the side of', round: 'Round',
    enters: 'enters', via: 'because of', belligerent: 'party to the first events', trace: 'Trace',
    hideTrace: 'Hide trace', traceOf: 'Trace for', standingAside: 'Obligations that do not bring a state in',
    conflicts: 'Colliding obligations', noEntries: 'Nobody is at war.', mapBySide: 'Map: sides after the evaluation',
    clause: 'The clause’s words', source: 'Source', status: 'Status', conditions: 'Conditions', gates: 'Gates',
    honoured: 'honoured', notHonoured: 'not honoured', understandings: 'Understandings', statements: 'Statements',
    declared: 'Declared interpretations and practice (the parties’ and organs’ own readings)',
    statusV: 'verified', statusP: 'partly verified', statusU: 'unverified',
    value_yes: 'yes', value_no: 'no', value_unknown: 'unknown',
    outcome_obliged: 'obliged', 'outcome_not-obliged': 'not obliged', outcome_conditional: 'conditional',
    'outcome_not-triggered': 'not triggered',
    class_condition: 'legal condition', class_discretion: 'discretion', class_procedural: 'procedure',
    reading_literal: 'literal reading', 'reading_self-defence': 'self-defence reading',
    reading_charter: 'UN Charter reading', reading_declared: 'the parties’ declared reading',
    'basis_first-use': 'first use of force', 'basis_self-defence': 'self-defence', 'basis_collective-defence': 'collective defence (say of whom in the file)',
    'basis_un-authorised': 'authorised by the Security Council', basis_claimed: 'claimed (both outcomes shown)',
    policy_all: 'all obligations honoured', 'policy_automatic-only': 'only automatic obligations honoured',
    kind_armed_attack: 'armed attack',
    treatiesTitle: 'Treaties', inForce: 'in force', signed: 'signed', ended: 'ended', members: 'Members',
    provisions: 'Articles', article: 'Art.', allTreaties: 'All treaties', treatiesAt: 'In force on',
    diffTitle: 'Compare two treaties', diffFrom: 'Earlier treaty', diffTo: 'Later treaty', compare: 'Compare',
    change_added: 'added', change_dropped: 'dropped', change_qualified: 'qualified', change_loosened: 'loosened',
    change_changed: 'changed', change_same: 'same',
    summaryOurs: 'Summary (our words, not the treaty’s)',
    error: 'Error', errorWhere: 'at',
  },
  de: {
    appTitle: 'casus — Bündnisverträge als Code',
    skip: 'Zum Inhalt springen',
    navMap: 'Karte', navNetwork: 'Netz', navScenario: 'Szenario', navTreaties: 'Verträge', navDiff: 'Vergleich',
    language: 'English', languageLabel: 'Language: English',
    date: 'Datum (JJJJ-MM-TT)', year: 'Jahr', loading: 'Lädt …',
    mapTitle: 'Wer mit wem verbündet ist', mapAlliance: 'Bündnis', mapAll: 'Alle Bündnisse (Anzahl je Staat)',
    mapLegendCount: 'geltende Bündnisse', mapMembers: 'Mitglieder', mapNone: 'kein Bündnis im Korpus',
    networkTitle: 'Das Bündnisnetz', networkHelp: 'Staaten und die am gewählten Tag geltenden Verträge.',
    networkTreaties: 'Geltende Verträge',
    scenarioTitle: 'Einen Angriff durchspielen', scTitle: 'Titel (optional)', scKind: 'Was geschieht',
    scAttackers: 'Angreifer', scFilter: 'Staaten filtern', scTarget: 'Ziel', scPlace: 'Ort',
    scPlaceDefault: '(Gebiet des Ziels)', scLegalBasis: 'Behauptete Rechtsgrundlage',
    scLegalBasisLater: 'kommt mit dem neuen Bewertungsmodell; noch nicht ausgewertet',
    scReadings: 'Lesarten', scPolicies: 'Erfüllungsannahme', evaluate: 'Auswerten', save: 'Speichern',
    saved: 'Gespeichert als', savedTitle: 'Gespeicherte Szenarien', open: 'Öffnen', download: 'TOML herunterladen',
    delete: 'Löschen', upload: 'Szenariodatei hochladen (TOML)', noSaved: 'Noch keine gespeicherten Szenarien.',
    deleted: 'Gelöscht.',
    moreEvents: 'Dieses Szenario hat mehr Ereignisse, als der Baukasten zeigt; beim Auswerten der gespeicherten Datei bleiben sie erhalten.',
    result: 'Ergebnis', evaluationOf: 'Lesart und Annahme', sideOf: 'Auf der Seite von', round: 'Runde',
    enters: 'tritt ein', via: 'wegen', belligerent: 'Partei der Ausgangsereignisse', trace: 'Herleitung',
    hideTrace: 'Herleitung ausblenden', traceOf: 'Herleitung für', standingAside: 'Pflichten, die keinen Staat hineinziehen',
    conflicts: 'Kollidierende Pflichten', noEntries: 'Niemand ist im Krieg.', mapBySide: 'Karte: Seiten nach der Auswertung',
    clause: 'Wortlaut der Klausel', source: 'Quelle', status: 'Status', conditions: 'Bedingungen', gates: 'Vorbehalte',
    honoured: 'erfüllt', notHonoured: 'nicht erfüllt', understandings: 'Auslegungen', statements: 'Erklärungen',
    declared: 'Erklärte Auslegung und Praxis (Lesarten der Parteien und Organe)',
    statusV: 'geprüft', statusP: 'teilweise geprüft', statusU: 'ungeprüft',
    value_yes: 'ja', value_no: 'nein', value_unknown: 'unbekannt',
    outcome_obliged: 'verpflichtet', 'outcome_not-obliged': 'nicht verpflichtet', outcome_conditional: 'bedingt',
    'outcome_not-triggered': 'nicht ausgelöst',
    class_condition: 'Rechtsbedingung', class_discretion: 'Ermessen', class_procedural: 'Verfahren',
    reading_literal: 'wörtliche Lesart', 'reading_self-defence': 'Selbstverteidigungs-Lesart',
    reading_charter: 'Lesart nach der UN-Charta', reading_declared: 'erklärte Lesart der Parteien',
    'basis_first-use': 'erster Gewalteinsatz', 'basis_self-defence': 'Selbstverteidigung', 'basis_collective-defence': 'kollektive Verteidigung (für wen: in der Datei)',
    'basis_un-authorised': 'vom Sicherheitsrat ermächtigt', basis_claimed: 'behauptet (beide Ergebnisse)',
    policy_all: 'alle Pflichten erfüllt', 'policy_automatic-only': 'nur automatische Pflichten erfüllt',
    kind_armed_attack: 'bewaffneter Angriff',
    treatiesTitle: 'Verträge', inForce: 'in Kraft', signed: 'unterzeichnet', ended: 'beendet', members: 'Mitglieder',
    provisions: 'Artikel', article: 'Art.', allTreaties: 'Alle Verträge', treatiesAt: 'In Kraft am',
    diffTitle: 'Zwei Verträge vergleichen', diffFrom: 'Früherer Vertrag', diffTo: 'Späterer Vertrag', compare: 'Vergleichen',
    change_added: 'hinzugefügt', change_dropped: 'entfallen', change_qualified: 'eingeschränkt', change_loosened: 'gelockert',
    change_changed: 'geändert', change_same: 'gleich',
    summaryOurs: 'Zusammenfassung (unsere Worte, nicht die des Vertrags)',
    error: 'Fehler', errorWhere: 'bei',
  },
};

// Event kinds in German (the English ones are the format's own words, spelt out).
const eventKinds = {
  en: { 'armed-attack': 'armed attack', 'declaration-of-war': 'declaration of war', threat: 'threat',
    mobilization: 'mobilization', ultimatum: 'ultimatum', 'request-for-assistance': 'request for assistance' },
  de: { 'armed-attack': 'bewaffneter Angriff', 'declaration-of-war': 'Kriegserklärung', threat: 'Drohung',
    mobilization: 'Mobilmachung', ultimatum: 'Ultimatum', 'request-for-assistance': 'Beistandsersuchen' },
};

let lang = (typeof localStorage !== 'undefined' && localStorage.getItem('casus.lang')) || 'en';
if (!strings[lang]) lang = 'en';

export function t(key) {
  const s = strings[lang][key];
  return s === undefined ? strings.en[key] ?? key : s;
}
export const eventKind = (k) => eventKinds[lang][k] || k;
export const currentLang = () => lang;
export function setLang(l) {
  lang = strings[l] ? l : 'en';
  localStorage.setItem('casus.lang', lang);
  document.documentElement.lang = lang;
}

// State names from the API, in the current language.
let states = new Map();
let locations = new Map();
export function setNames(stateList, locationList) {
  states = new Map(stateList.map((s) => [s.id, s]));
  locations = new Map((locationList || []).map((l) => [l.id, l]));
}
export function stateName(id) {
  const s = states.get(id) || locations.get(id);
  if (!s) return id;
  return (lang === 'de' ? s.name_de : s.name_en) || s.name_en || id;
}
export const allStates = () => [...states.values()];
export const allLocations = () => [...locations.values()];
export const stateInfo = (id) => states.get(id);
