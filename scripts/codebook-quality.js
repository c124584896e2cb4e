// The quality model's self-assessment in the codebook (used by scripts/build-codebook.js): its
// standards, elements and indicators as data in the codebook JSON (`standards`), and its readable
// document, which follows the model's own order (standard → element → indicator) rather than one
// row per answer: every indicator has the same answers, described once.

const prose = (blocks, t) => blocks.map((b) => (Array.isArray(b) ? b.map(t) : t(b)));

/** The model's structure with its wording evaluated by `t` (in one locale), and the answer ids of each item. */
export function qualityStructure(standards, t) {
  return standards.map((s) => ({
    id: s.id,
    title: t(s.title),
    aim: t(s.aim),
    description: prose(s.description, t),
    elements: s.elements.map((e) => {
      const element = `${s.id}.${e.id}`;
      return {
        id: element,
        title: t(e.title),
        description: prose(e.description, t),
        assessed: e.assessed,
        priority: `${element}.priority`,
        items: e.items.map((item, i) => {
          const id = `${element}.${i + 1}`;
          return {
            id,
            text: t(item.text),
            ...(item.description ? { description: prose(item.description, t) } : {}),
            answers: e.assessed === 'rating' ? [`${id}.rating`, `${id}.comment`] : [`${id}.position`, `${id}.where`],
          };
        }),
      };
    }),
  }));
}

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const both = (x) => `${x.da} / ${x.en}`;
const codes = (f) => (f.options ?? []).map((o) => `\`${o.code}\` ${o.label.da} — ${o.label.en}`).join('<br>');
const type = (f) =>
  [f.type, f.min !== undefined || f.max !== undefined ? `${f.min ?? ''}–${f.max ?? ''}` : '', f.maxLength ? `≤ ${f.maxLength}` : ''].filter(Boolean).join(' ');

function fieldTable(fields) {
  return [
    '| id | question (da) | question (en) | type | required | answers |',
    '|---|---|---|---|---|---|',
    ...fields.map((f) => `| \`${f.id}\` | ${cell(f.question.da)} | ${cell(f.question.en)} | ${type(f)} | ${f.required} | ${cell(codes(f))} |`),
  ];
}

function proseLines(blocks) {
  return blocks.flatMap((b) =>
    Array.isArray(b) ? [...b.map((x) => `- ${x.da}<br>${x.en}`), ''] : [`${b.da}`, '', `*${b.en}*`, ''],
  );
}

/** The readable document of the self-assessment, from its codebook JSON. */
export function qualityMarkdown(book) {
  const field = (id) => book.fields.find((f) => f.id === id);
  const example = book.standards[0].elements[0];
  const rating = field(example.items[0].answers[0]);
  const comment = field(example.items[0].answers[1]);
  const ethics = book.standards.flatMap((s) => s.elements).find((e) => e.assessed === 'position');
  const position = field(ethics.items[0].answers[0]);
  const where = field(ethics.items[0].answers[1]);
  const priority = field(example.priority);
  const lines = [`# ${both(book.title)} (\`${book.instrument}\`, codebook version ${book.codebookVersion})`, ''];
  lines.push(
    'The organisation\'s own assessment against the five quality standards. The envelope names the organisation',
    '(`organisationId`, an opaque id from the host system) in place of a resident. Every indicator and',
    'consideration has the answers below; the ids are `<standard>.<element>.<n>`.',
    '',
    '## The answers to each indicator, consideration and element',
    '',
    ...fieldTable([
      { ...rating, id: '<indicator>.rating', question: { da: 'Indikatorens udsagn', en: "The indicator's statement" } },
      { ...comment, id: '<indicator>.comment' },
      { ...position, id: '<consideration>.position', question: { da: 'Hensynets navn', en: "The consideration's name" } },
      { ...where, id: '<consideration>.where' },
      { ...priority, id: '<element>.priority' },
    ]),
    '',
    `${rating.hint.da}`,
    '',
    `*${rating.hint.en}*`,
    '',
  );
  const section = (id) => book.fields.filter((f) => f.section === id);
  const assessment = book.sections.find((s) => s.id === 'assessment');
  lines.push(`## ${both(assessment.title)}`, '', ...fieldTable(section('assessment')), '');
  for (const s of book.standards) {
    lines.push(`## ${both(s.title)} (\`${s.id}\`)`, '', `> ${s.aim.da}`, '>', `> *${s.aim.en}*`, '', ...proseLines(s.description));
    for (const e of s.elements) {
      lines.push(`### ${both(e.title)} (\`${e.id}\`)`, '', ...proseLines(e.description));
      const label = e.assessed === 'rating' ? 'indicator' : 'consideration';
      lines.push(`| id | ${label} (da) | ${label} (en) |`, '|---|---|---|');
      for (const item of e.items) {
        const describe = (lang) => (item.description ?? []).flatMap((b) => (Array.isArray(b) ? b : [b])).map((x) => x[lang]).join(' ');
        const text = (lang) => (item.description ? `**${item.text[lang]}** ${describe(lang)}` : item.text[lang]);
        lines.push(`| \`${item.id}\` | ${cell(text('da'))} | ${cell(text('en'))} |`);
      }
      lines.push('', `Answers: ${e.items.map((i) => i.answers.map((a) => `\`${a}\``).join(', ')).join('; ')}; \`${e.priority}\`.`, '');
    }
  }
  const plan = book.sections.find((s) => s.id === 'plan');
  lines.push(`## ${both(plan.title)}`, '', ...fieldTable(section('plan')), '');
  for (const g of book.groups ?? []) {
    lines.push(`### ${both(g.question)} (\`${g.id}\`, a list of at most ${g.maxItems} rows, in order)`, '');
    if (g.hint) lines.push(`${g.hint.da}`, '', `*${g.hint.en}*`, '');
    lines.push(...fieldTable(g.fields), '');
  }
  if (book.rules.length) {
    lines.push('Rules:', ...book.rules.map((r) => (r.kind === 'dateOrder' ? `- \`${r.end}\` ≥ \`${r.start}\`` : `- \`${r.field}\`: \`${r.code}\` cannot be combined with other codes`)));
  }
  return lines.join('\n') + '\n';
}
