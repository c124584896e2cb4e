import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-quality-assessment.js';
import { z } from '../../engine/zod.js';
import { defineInstrument, field, type Shape } from '../../engine/instrument.js';
import { group } from '../../engine/groups.js';
import { codebookVersion } from '../codebook.js';
import { single, today } from '../options.js';
import { actionStatuses, commentLabel, positions, priorities, priorityHint, priorityLabel, ratingHint, ratingScale, whereLabel } from './model.js';
import type { Element, Item, Standard } from './model.js';
import { organisation } from './organisation.js';
import { content } from './content.js';
import { competences } from './competences.js';
import { ethics } from './ethics.js';
import { documentation } from './documentation.js';

/** The five quality standards of the model, in the seed's order. */
export const qualityStandards: readonly Standard[] = [organisation, content, competences, ethics, documentation];

/** An indicator or consideration with its place in the model: `id` is `<standard>.<element>.<n>`. */
export interface PlacedItem {
  readonly id: string;
  readonly standard: Standard;
  readonly element: Element;
  readonly item: Item;
}

/** Every indicator and consideration, in order. */
export const qualityItems: readonly PlacedItem[] = qualityStandards.flatMap((standard) =>
  standard.elements.flatMap((element) =>
    element.items.map((item, i) => ({ id: `${standard.id}.${element.id}.${i + 1}`, standard, element, item })),
  ),
);

/** Every element, as `<standard>.<element>`: what an action is for. */
export const qualityElements: readonly { readonly id: string; readonly standard: Standard; readonly element: Element }[] =
  qualityStandards.flatMap((standard) => standard.elements.map((element) => ({ id: `${standard.id}.${element.id}`, standard, element })));

// The answers' ids, from an item's or element's: one place says how they are made.
export const ratingId = (item: string) => `${item}.rating`;
export const commentId = (item: string) => `${item}.comment`;
export const positionId = (item: string) => `${item}.position`;
export const whereId = (item: string) => `${item}.where`;
export const priorityId = (element: string) => `${element}.priority`;

const text = (max: number) => z.string().check(z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));
const due = () => msg('Frist', { id: 'quality.due' });
const responsible = () => msg('Ansvarlig', { id: 'quality.responsible' });

/**
 * The answers of the model, derived from its description: for each indicator a rating (required:
 * a submitted assessment has every indicator rated) and a comment; for each ethical consideration
 * a position (required too) and where it is described; for each element a priority.
 */
function modelShape(): Shape {
  const shape: Shape = {};
  for (const { id, standard, element, item } of qualityItems) {
    const section = standard.id;
    if (element.assessed === 'rating') {
      shape[ratingId(id)] = single(ratingScale, { label: item.text, hint: ratingHint, section });
      shape[commentId(id)] = field(optionalText(2000), { label: commentLabel, widget: 'textarea', section });
    } else {
      shape[positionId(id)] = single(positions, { label: item.text, section });
      shape[whereId(id)] = field(optionalText(500), { label: whereLabel, widget: 'textarea', section });
    }
  }
  for (const { id, standard } of qualityElements) {
    shape[priorityId(id)] = field(z.optional(z.enum(Object.keys(priorities) as [keyof typeof priorities])), {
      label: priorityLabel,
      hint: priorityHint,
      options: priorities,
      section: standard.id,
    });
  }
  return shape;
}

const elementOptions = Object.fromEntries(qualityElements.map((e) => [e.id, e.element.title]));

/**
 * The quality model's self-assessment: the organisation's own assessment against the five
 * quality standards, its priorities, its actions ("proces for videre arbejde") and its SMART
 * goals, with the next follow-up. An envelope names the organisation (`organisationId`), not a
 * resident.
 */
export const qualityAssessment = defineInstrument({
  id: 'quality-assessment',
  codebookVersion,
  subject: 'organisation',
  title: () => msg('Kvalitetsmodellen', { id: 'quality.title' }),
  sections: [
    { id: 'assessment', title: () => msg('Vurderingen', { id: 'quality.section.assessment' }) },
    ...qualityStandards.map((s) => ({ id: s.id, title: s.title, hint: s.aim })),
    { id: 'plan', title: () => msg('Proces for videre arbejde', { id: 'quality.section.plan' }) },
  ],
  shape: {
    date: field(z.iso.date(), { label: () => msg('Dato for vurderingen', { id: 'quality.date' }), section: 'assessment' }),
    responsible: field(text(100).check(z.minLength(1)), {
      label: () => msg('Ansvarlig for kvalitetsudviklingen', { id: 'quality.assessmentResponsible' }),
      hint: () =>
        msg('Ansvarlig for handleplanen, det løbende tilsyn med kvaliteten og opdateringen af status i kvalitetsmodellen.', {
          id: 'quality.assessmentResponsible.hint',
        }),
      section: 'assessment',
    }),
    participants: field(optionalText(1000), {
      label: () => msg('Deltagere', { id: 'quality.participants' }),
      hint: () => msg('Hvem vurderingen er drøftet med, fx ledelse og rådgivere på en workshop.', { id: 'quality.participants.hint' }),
      widget: 'textarea',
      section: 'assessment',
    }),
    ...modelShape(),
    nextFollowUp: field(z.optional(z.iso.date()), {
      label: () => msg('Næste opfølgning', { id: 'quality.nextFollowUp' }),
      hint: () =>
        msg('Den aftalte kadence for opfølgning på kvalitetsmodellen, handlingerne og målsætningerne.', { id: 'quality.nextFollowUp.hint' }),
      section: 'plan',
    }),
  },
  groups: {
    actions: group({
      label: () => msg('Handlinger', { id: 'quality.actions' }),
      hint: () => msg('Konkrete handlinger for de prioriterede elementer.', { id: 'quality.actions.hint' }),
      section: 'plan',
      max: 100,
      shape: {
        element: single(elementOptions, { label: () => msg('Element', { id: 'quality.action.element' }) }),
        action: field(text(500).check(z.minLength(1)), { label: () => msg('Handling', { id: 'quality.action.action' }), widget: 'textarea' }),
        responsible: field(optionalText(100), { label: responsible }),
        due: field(z.optional(z.iso.date()), { label: due }),
        status: single(actionStatuses, { label: () => msg('Status', { id: 'quality.action.status' }) }),
      },
    }),
    goals: group({
      label: () => msg('Målsætninger (SMART-mål)', { id: 'quality.goals' }),
      hint: () => msg('Specifikke målsætninger for rådgivningen: hvad, hvordan det måles, målet og hvornår.', { id: 'quality.goals.hint' }),
      section: 'plan',
      max: 50,
      shape: {
        goal: field(text(500).check(z.minLength(1)), { label: () => msg('Mål', { id: 'quality.goal.goal' }), widget: 'textarea' }),
        measure: field(optionalText(200), { label: () => msg('Hvordan det måles', { id: 'quality.goal.measure' }) }),
        target: field(optionalText(100), { label: () => msg('Målværdi', { id: 'quality.goal.target' }) }),
        due: field(z.optional(z.iso.date()), { label: due }),
      },
    }),
  },
  rules: [{ kind: 'dateOrder', start: 'date', end: 'nextFollowUp' }],
  defaults: () => ({ date: today() }),
});
