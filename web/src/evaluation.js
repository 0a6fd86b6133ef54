// The page's one dependence on the evaluation's fields (docs/json-output.md, schema 3) and on the
// scenario format. Every view reads evaluations through the shapes built here:
//
//   view = { title, date, events, evaluations: [EvaluationView] }
//   EvaluationView = { key, reading, policy, sides: [[stateId]], states: [StateResult], byHolder }
//   StateResult = { id, side, round, via: Finding|null }            // who is at war, in what order
//   Finding = { treaty, treatyName, article, label, holder, beneficiary, outcome, honoured,
//               honourNote, clause: {texts, summary, status, source}, conditions, gates,
//               understandings, statements, failed }
// Schema 3 writes each clause, understanding and statement once, in top-level arrays the findings
// index into; the Finding view resolves them, so no view sees the indices.
//
// When the evaluation model changes (issue 7: uses of force with legal characterisations, sides
// derived from who fights whom, evidence status), this file is where the page follows.

// Scenario fields the scenario format accepts (`legal_basis` came with issue 7's model of force).
export const SCENARIO_SUPPORTS = { legalBasis: true };
export const EVENT_KINDS = ['armed-attack', 'declaration-of-war', 'threat', 'mobilization', 'ultimatum',
  'request-for-assistance'];
export const READINGS = ['literal', 'self-defence', 'charter', 'declared'];
export const DEFAULT_READINGS = ['literal', 'self-defence'];
export const POLICIES = ['all', 'automatic-only'];
export const LEGAL_BASES = ['first-use', 'self-defence', 'collective-defence', 'un-authorised', 'claimed'];

// The builder's form -> the scenario's JSON fields (docs/scenario-format.md).
export function scenarioFields(form) {
  const event = { kind: form.kind, by: form.attackers };
  if (form.target) event.target = form.target;
  if (form.place && form.place !== form.target) event.location = form.place;
  if (SCENARIO_SUPPORTS.legalBasis && form.legalBasis) event.legal_basis = form.legalBasis;
  return {
    title: form.title || `${form.attackers.join(', ')} → ${form.target} (${form.date})`,
    date: form.date,
    options: { readings: form.readings, policies: form.policies },
    events: [event],
  };
}

// A saved scenario's JSON fields -> the builder's form (first event only; the rest is kept as TOML).
export function formFromFields(f) {
  const e = (f.events && f.events[0]) || {};
  return {
    title: f.title || '',
    date: f.date || '',
    kind: e.kind || 'armed-attack',
    attackers: e.by || [],
    target: e.target || '',
    place: e.location || e.target || '',
    legalBasis: e.legal_basis || '',
    readings: (f.options && f.options.readings) || DEFAULT_READINGS.slice(),
    policies: (f.options && f.options.policies) || ['all'],
    extraEvents: Math.max(0, (f.events || []).length - 1),
  };
}

// A clause's words as every view shows them. Schema 2 (docs/json-output.md) gives `texts` (verbatim,
// each with language, standing, translator and provenance) apart from `summary` (our words, never to
// be shown as a quotation) and the provenance of the article; schema 1 gave {quote, status, source}.
// Provisions of /api/treaties/{id} and of diffs carry the same shape as `wording`.
export function wordingOf(w) {
  if (!w) return { texts: [], summary: null, status: '', source: '' };
  if (Array.isArray(w.texts)) {
    const texts = w.texts.map((x) => ({ text: x.text, language: x.language, described: x.described || x.by || '',
      status: (x.provenance || {}).status || '', source: (x.provenance || {}).source || '' }));
    const prov = w.provenance || {};
    return { texts, summary: w.summary || null, status: texts[0] ? texts[0].status : prov.status || '',
      source: texts[0] ? texts[0].source : prov.source || '', articleStatus: prov.status || '' };
  }
  const quote = w.quote || '';
  return { texts: quote ? [{ text: quote, language: w.language || '', described: '', status: w.status || '', source: w.source || '' }] : [],
    summary: null, status: w.status || (w.provenance || {}).status || '', source: w.source || w.quote_source || '' };
}

// Schema 3: f.provision indexes report.provisions (clause, citations, the gates' words; f.gates is
// parallel to the provision's), f.understandings and
// f.statements index the report's arrays of the same names. Schema 2 carried them in the finding.
function resolved(f, report) {
  if (!Number.isInteger(f.provision)) return f;
  const at = (list, i) => (report[list] || [])[i];
  const p = at('provisions', f.provision) || {};
  const gates = (f.gates || []).map((g, i) => ({ quote: ((p.gates || [])[i] || {}).quote || '', ...g }));
  return { ...f, clause: p.clause, treaty_citations: p.treaty_citations, gates,
    understandings: (f.understandings || []).map((i) => at('understandings', i)).filter(Boolean),
    statements: (f.statements || []).map((i) => at('statements', i)).filter(Boolean) };
}

function finding(raw, report) {
  const f = resolved(raw, report);
  return {
    treaty: f.treaty, treatyName: f.treaty_name, article: f.article, label: f.label, kind: f.kind,
    holder: f.holder, beneficiary: f.beneficiary, outcome: f.outcome, honoured: f.honoured,
    honourNote: f.honour_note, against: f.against || [], failed: f.failed || [],
    clause: wordingOf(f.clause), conditions: f.conditions || [], gates: f.gates || [],
    understandings: (f.understandings || []).map((u) => ({ ...u, status: u.status || (u.provenance || {}).status,
      source: u.source || (u.provenance || {}).source })),
    statements: (f.statements || []).map((x) => ({ ...x, status: x.status || (x.provenance || {}).status,
      source: x.source || (x.provenance || {}).source })),
  };
}

// The JSON report -> the view.
export function reportView(report) {
  const evaluations = report.evaluations.map((e) => {
    const findings = e.findings.map((f) => finding(f, report));
    const states = e.entries.map((x) => ({
      id: x.state, side: x.side, round: x.round, date: x.date,
      via: x.finding === null || x.finding === undefined ? null : findings[x.finding],
    }));
    const sides = [[], []];
    for (const s of states) if (s.round === 0) sides[s.side].push(s.id);
    const byHolder = new Map();
    for (const f of findings) {
      if (!byHolder.has(f.holder)) byHolder.set(f.holder, []);
      byHolder.get(f.holder).push(f);
    }
    return { key: `${e.reading}/${e.policy}`, reading: e.reading, policy: e.policy, initiatorSide: e.initiator_side,
      states, sides, byHolder, conflicts: e.conflicts || [] };
  });
  return { title: report.scenario.title, date: report.scenario.date, events: report.scenario.events, evaluations };
}

// States with a finding that was triggered but which do not enter (obliged but not honoured, or
// conditional): shown apart from the belligerents.
export function standingAside(ev) {
  const at = new Set(ev.states.map((s) => s.id));
  const out = [];
  for (const [holder, fs] of ev.byHolder) {
    if (at.has(holder)) continue;
    const relevant = fs.filter((f) => f.outcome === 'obliged' || f.outcome === 'conditional' || f.outcome === 'not-obliged');
    if (relevant.length) out.push({ id: holder, findings: relevant });
  }
  return out;
}

// The findings worth showing first for a state: those that fired, then the rest.
export function traceOf(ev, state) {
  const order = { obliged: 0, conditional: 1, 'not-obliged': 2, 'not-triggered': 3 };
  return (ev.byHolder.get(state) || []).slice().sort((a, b) => order[a.outcome] - order[b.outcome]);
}
