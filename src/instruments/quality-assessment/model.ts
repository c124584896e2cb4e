import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-model.js';
import type { Text } from '../../engine/meta.js';
import { partly } from '../wording.js';

// The quality model's self-assessment (INSTRUMENTS.md, "The quality model's self-assessment"):
// the types its description is written in, and the answer scales every standard shares.

/**
 * Text as the seed sets it out: each entry a paragraph, or a list (an array) of bullet points.
 * Rendered as the reader's introduction; nothing is answered against it.
 */
export type Prose = readonly (Text | readonly Text[])[];

/** One thing an element is assessed by: an indicator (a statement) or an ethical consideration. */
export interface Item {
  /** The indicator's statement, or the consideration's name. */
  readonly text: Text;
  /** What the consideration covers (the seed's "Beskrivelse af …"). */
  readonly description?: Prose;
}

/**
 * An element of a standard: what the organisation must describe to meet it. Its items are
 * indicators rated 1–5 (`rating`), or ethical considerations on which the organisation has taken
 * a position or not (`position`), as the seed asks of the ethics standard.
 */
export interface Element {
  /** English camelCase, unique within its standard: ids are `<standard>.<element>`. */
  readonly id: string;
  readonly title: Text;
  readonly description: Prose;
  readonly assessed: 'rating' | 'position';
  readonly items: readonly Item[];
}

export interface Standard {
  /** `organisation`, `content`, `competences`, `ethics`, `documentation`. */
  readonly id: string;
  readonly title: Text;
  /** The standard's aim, from the model's table of aims ("pejlemærker"). */
  readonly aim: Text;
  readonly description: Prose;
  readonly elements: readonly Element[];
}

/** 1 = slet ikke, 5 = fuld efterlevelse [source]; 2 to 4 are the steps between, unworded. */
export const ratingScale = {
  '1': () => msg('1 (slet ikke)', { id: 'quality.rating.1' }),
  '2': () => '2',
  '3': () => '3',
  '4': () => '4',
  '5': () => msg('5 (fuld efterlevelse)', { id: 'quality.rating.5' }),
} as const;

export const ratingHint = () =>
  msg('Indikatorer for god kvalitet (vurderes på en skala fra 1-5, hvor 1=slet ikke og 5=fuld efterlevelse)', { id: 'quality.rating.hint' });

export const commentLabel = () => msg('Kommentar: den aktuelle håndtering og grundlaget for vurderingen', { id: 'quality.comment' });

/** Whether the organisation has taken a position on an ethical consideration, and described it. */
export const positions = {
  yes: () => msg('Taget stilling og beskrevet', { id: 'quality.position.yes' }),
  partly,
  no: () => msg('Ikke taget stilling', { id: 'quality.position.no' }),
} as const;

export const whereLabel = () => msg('Hvor er det beskrevet?', { id: 'quality.where' });

/** An element's priority, agreed at the workshop: where to keep today's quality, where to develop it. */
export const priorities = {
  keep: () => msg('Fastholde', { id: 'quality.priority.keep' }),
  develop: () => msg('Udvikle', { id: 'quality.priority.develop' }),
  later: () => msg('Ikke nu', { id: 'quality.priority.later' }),
} as const;

export const priorityLabel = () => msg('Prioritering', { id: 'quality.priority' });
export const priorityHint = () =>
  msg('Hvor er det vigtigst at fastholde den aktuelle kvalitet, og hvor er det vigtigst at udvikle den?', { id: 'quality.priority.hint' });

export const actionStatuses = {
  planned: () => msg('Planlagt', { id: 'quality.action.status.planned' }),
  started: () => msg('I gang', { id: 'quality.action.status.started' }),
  done: () => msg('Gennemført', { id: 'quality.action.status.done' }),
  dropped: () => msg('Opgivet', { id: 'quality.action.status.dropped' }),
} as const;

/** Statuses of an action still to be done: what the report lists as open. */
export const openStatuses: readonly (keyof typeof actionStatuses)[] = ['planned', 'started'];

export type Rating = keyof typeof ratingScale;
export type Position = keyof typeof positions;
export type Priority = keyof typeof priorities;
export type ActionStatus = keyof typeof actionStatuses;
