import { dialectFor, toCsv } from '../reports/csv.js';
import { economicOutcomes } from '../reports/economy.js';
import { changes as changeKinds, counsellingTypeKeys, dimensions, overviewFields, type Distribution, type Report } from '../reports/types.js';
import type { Labels } from './labels.js';
import { t } from './messages.js';

// What each table of the report holds, as data: the element renders it and exports it as CSV
// from the same rows, so the screen and the spreadsheet never disagree.

/** A number, or a share (0–1) shown as a percentage. */
export type Cell = string | number | { readonly share: number };

export interface Table {
  readonly id: string;
  readonly caption: string;
  readonly head: readonly string[];
  /** Each row starts with its row heading. */
  readonly rows: readonly (readonly [string, ...Cell[]])[];
}

const share = (part: number, whole: number) => ({ share: whole ? part / whole : 0 });

export function indicatorTables(report: Report, l: Labels) {
  const { totals: x, reportedSessions: rep } = report;
  const mandatory = (label: string) => `${label} (${t.mandatory()})`;
  const indicators: Table = {
    id: 'indicators',
    caption: t.indicators(),
    head: [t.indicator(), t.count()],
    rows: [
      [mandatory(t.residents()), x.residents],
      [mandatory(t.faceToFace()), x.sessions.faceToFace],
      [mandatory(t.courses()), x.courses.active],
      [t.started(), x.courses.started],
      [t.ended(), x.courses.ended],
      [t.ongoing(), x.courses.ongoing],
      [t.phone(), x.sessions.phone],
      [t.digital(), x.sessions.digital],
      [t.sessionsTotal(), x.sessions.total],
    ],
  };
  const reported: Table | undefined = rep.evaluations
    ? {
        id: 'reported-sessions',
        caption: t.reported(),
        head: [t.indicator(), t.count()],
        rows: [
          [t.faceToFace(), rep.faceToFace],
          [t.phone(), rep.phone],
          [t.digital(), rep.digital],
          [t.sessionsTotal(), rep.total],
        ],
      }
    : undefined;
  const breakdowns = dimensions.map(
    (d): Table => ({
      id: `by-${d}`,
      caption: t.by(d),
      head: [t.dimension(d), t.residents(), t.faceToFace(), t.phone(), t.digital(), t.courses(), t.started(), t.ended(), t.ongoing()],
      rows: report.breakdowns[d].map((r) => [
        l.key(d, r.key),
        r.residents,
        r.sessions.faceToFace,
        r.sessions.phone,
        r.sessions.digital,
        r.courses.active,
        r.courses.started,
        r.courses.ended,
        r.courses.ongoing,
      ]),
    }),
  );
  return { indicators, reported, breakdowns };
}

export function changeTables(report: Report, l: Labels) {
  const compared = report.changes.residents.length;
  return report.changes.summary.map((s) => {
    const question = l.field('status', s.field)?.meta.label() ?? s.field;
    const scale = l.field('status', s.field)?.options ?? [];
    const summary: Table = {
      id: `change-${s.field}`,
      caption: question,
      head: [t.development(), t.count(), t.share()],
      rows: changeKinds.map((c) => [t.change(c), s.counts[c], share(s.counts[c], compared)]),
    };
    const matrix: Table = {
      id: `change-${s.field}-transitions`,
      caption: `${question} — ${t.transitions()}`,
      head: [t.firstStatus(), ...scale.map((code) => l.option('status', s.field, code))],
      rows: scale.map((from) => [l.option('status', s.field, from), ...scale.map((to) => s.matrix[from]?.[to] ?? 0)]),
    };
    return { field: s.field, question, counts: s.counts, summary, matrix };
  });
}

export function residentTable(report: Report, l: Labels): Table {
  const label = (field: string, code: string | undefined) => (code === undefined ? t.notAnswered() : l.option('status', field, code));
  return {
    id: 'change-residents',
    caption: t.perResident(),
    head: [
      t.resident(),
      t.caseId(),
      t.firstStatus(),
      t.evaluation(),
      ...overviewFields.flatMap((f) => {
        const q = l.field('status', f)?.meta.label() ?? f;
        return [`${q} — ${t.firstStatus()}`, `${q} — ${t.evaluation()}`, `${q} — ${t.development()}`];
      }),
    ],
    rows: report.changes.residents.map((r) => [
      r.residentId,
      r.caseId ?? '',
      r.statusDate,
      r.evaluationDate,
      ...overviewFields.flatMap((f) => [label(f, r.fields[f].first), label(f, r.fields[f].last), t.change(r.fields[f].change)]),
    ]),
  };
}

export function distributionTable(d: Distribution, l: Labels): { question: string; table: Table } {
  const question = l.field(d.instrument, d.field)?.meta.label() ?? d.field;
  const types = [...counsellingTypeKeys, 'unknown' as const].filter((k) => k !== 'unknown' || d.byCounsellingType.unknown.respondents > 0);
  const typeLabel = (k: string) => (k === 'unknown' ? t.unknown() : l.option('status', 'counsellingType', k));
  return {
    question,
    table: {
      id: `${d.instrument}-${d.field}`,
      caption: question,
      head: [t.answer(), t.count(), t.share(), ...types.map(typeLabel)],
      rows: [
        ...d.options.map((code): [string, ...Cell[]] => [
          l.option(d.instrument, d.field, code),
          d.counts[code],
          share(d.counts[code], d.respondents),
          ...types.map((k) => d.byCounsellingType[k].counts[code]),
        ]),
        [t.total(), d.respondents, share(d.respondents, d.respondents), ...types.map((k) => d.byCounsellingType[k].respondents)],
      ],
    },
  };
}

/** The economic results of the courses that ended in the period; amounts in whole kroner. */
export function economyTable(report: Report, l: Labels): Table {
  const e = report.economy;
  const label = (field: string) => l.field('evaluation', field)?.meta.label() ?? field;
  return {
    id: 'economy',
    caption: t.economy(),
    head: [t.indicator(), t.total()],
    rows: [
      [t.economyCourses(), e.courses],
      [t.economyWithArrears(), e.withArrears],
      [label('rentArrearsStart'), e.arrearsStart],
      [label('rentArrearsEnd'), e.arrearsEnd],
      [t.arrearsReduced(), e.arrearsReduced],
      ...economicOutcomes.map((o): [string, number] => [l.option('evaluation', 'outcomes', o), e.outcomes[o]]),
    ],
  };
}

/**
 * The table as CSV in the dialect of the report's language (Danish: `;` and decimal comma, as
 * Danish Excel reads it), counts as numbers, shares as per cent with one decimal.
 */
export function tableCsv(table: Table, locale: string): string {
  const cell = (c: Cell) => (typeof c === 'object' ? Math.round(c.share * 1000) / 10 : c);
  const head = table.head.map((h, i) => (table.rows.some((r) => typeof r[i] === 'object') ? `${h} (%)` : h));
  return toCsv([[table.caption], head, ...table.rows.map((r) => r.map(cell))], { dialect: dialectFor(locale) });
}
