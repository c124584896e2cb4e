import type { CsvCell } from './csv.js';
import type { QualityReport } from './quality.js';
import { positions, ratingScale } from '../instruments/quality-assessment/model.js';
import { qualityElements, qualityItems, qualityStandards } from '../instruments/quality-assessment/quality-assessment.js';

type Rows = CsvCell[][];

// The quality report as tables for `toCsv` (either dialect). Column names are codes, the same in
// every language, so another system can read the file; the titles beside the ids are in the
// language in use when the tables are made.

const ratingCodes = Object.keys(ratingScale);
const positionCodes = Object.keys(positions);
const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 100) / 100);

export interface QualityTables {
  readonly profile: Rows;
  readonly actions: Rows;
  readonly goals: Rows;
  /** Empty (a header only) with a single assessment. */
  readonly changes: Rows;
}

export function qualityTables(report: QualityReport): QualityTables {
  const profile: Rows = [
    ['standard', 'title', 'indicators', 'rated', 'mean', ...ratingCodes.map((c) => `rating_${c}`), 'considerations', ...positionCodes.map((c) => `position_${c}`)],
    ...report.profile.map((p) => [
      p.standard,
      qualityStandards.find((s) => s.id === p.standard)?.title(),
      p.indicators,
      p.rated,
      round(p.mean),
      ...ratingCodes.map((c) => p.distribution[c as keyof typeof p.distribution]),
      p.considerations,
      ...positionCodes.map((c) => p.positions[c as keyof typeof p.positions]),
    ]),
  ];
  const actions: Rows = [
    ['row', 'element', 'element_title', 'action', 'responsible', 'due', 'status', 'overdue'],
    ...report.openActions.map((a) => [
      a.row + 1,
      a.element,
      qualityElements.find((e) => e.id === a.element)?.element.title(),
      a.action,
      a.responsible,
      a.due,
      a.status,
      a.overdue ? 'yes' : 'no',
    ]),
  ];
  const goals: Rows = [['row', 'goal', 'measure', 'target', 'due'], ...report.goals.map((g, i) => [i + 1, g.goal, g.measure, g.target, g.due])];
  const changes: Rows = [
    ['id', 'kind', 'text', 'previous', 'current', 'change'],
    ...(report.changes ?? []).map((c) => [
      c.id,
      c.kind,
      qualityItems.find((i) => i.id === c.id)?.item.text(),
      c.previous,
      c.current,
      c.change,
    ]),
  ];
  return { profile, actions, goals, changes };
}
