import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-content.js';
import type { Standard } from './model.js';

// The quality standard for content ("Indhold"), worded as the seed words it [source]; English ours.
export const content: Standard = {
  id: 'content',
  title: () => msg('Indhold', { id: 'quality.content.title' }),
  aim: () => msg('Sikre at indholdet i boligorganisationens rådgivning rummer de nødvendige elementer.', { id: 'quality.content.aim' }),
  description: [
    () =>
      msg(
        'Kvalitetsstandarden for indhold sætter krav til organisationen om at udarbejde en beskrivelse af egen rådgivning, der viser, at organisationens rådgivning indeholder de nødvendige kerneaktiviteter.',
        { id: 'quality.content.description' },
      ),
  ],
  elements: [
    {
      id: 'coreActivities',
      title: () => msg('Kerneaktiviteter', { id: 'quality.content.coreActivities.title' }),
      description: [
        () =>
          msg('Beskrivelse af de kerneaktiviteter og de typer af rådgivning boligorganisationen tilbyder.', {
            id: 'quality.content.coreActivities.description',
          }),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Der er foretaget en vurdering af, hvilke aktiviteter og indsatser organisationen har ift. forskellige målgrupper for den økonomiske rådgivning, herunder stillingtagen til den tidsmæssige udstrækning af rådgivningsforløb.',
              { id: 'quality.content.coreActivities.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Rådgivningsindsatsens rammer og indhold er tydeligt beskrevet internt i organisationen, herunder grænserne for rådgivningen (fx brugen af afdragsordninger, restancer og gebyrpolitik er eksplicit beskrevet).',
              { id: 'quality.content.coreActivities.2' },
            ),
        },
        {
          text: () =>
            msg(
              'Indhold i økonomirådgivningen er tydeligt prioriteret, så der er en ens forståelse af det primære indhold i rådgivningen (fx overblik over beboerens situation (økonomi), indledende brandslukning (fx udskydelse af husleje, håndtering af regninger mv.), budgetlægning, opsparing, gæld).',
              { id: 'quality.content.coreActivities.3' },
            ),
        },
      ],
    },
    {
      id: 'approach',
      title: () => msg('Faglig tilgang', { id: 'quality.content.approach.title' }),
      description: [
        () =>
          msg('Beskrivelse af den faglige tilgang i boligorganisationen som fx hjælp-til-selvhjælp, empowerment og samtaleteknikker.', {
            id: 'quality.content.approach.description',
          }),
      ],
      assessed: 'rating',
      items: [
        {
          // Without a full stop, as in the seed.
          text: () =>
            msg('Fokus på hvordan og med hvilken faglig tilgang beboeren mødes i rådgivningen (fx økonomisk selvhjulpenhed, empowerment)', {
              id: 'quality.content.approach.1',
            }),
        },
        {
          text: () =>
            msg('Det indgår i vores faglige tilgang, hvordan rådgiveren kan holde fast i sagen, til hele sagen er løst.', {
              id: 'quality.content.approach.2',
            }),
        },
      ],
    },
    {
      id: 'holistic',
      title: () => msg('Helhedsorienteret rådgivning', { id: 'quality.content.holistic.title' }),
      description: [
        () =>
          msg('Beskrivelse af, hvordan organisationen sikrer, at organisationen tilbyder helhedsorienteret rådgivning.', {
            id: 'quality.content.holistic.description',
          }),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Alle økonomiske rådgivninger indledes med en afklaring af, om beboeren også får hjælp af andre, hvor der skal tages hensyn til sammenhængen i rådgivningsforløbet (fx rådgivningstilbud i kommunen).',
              { id: 'quality.content.holistic.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Det fremgår eksplicit i rådgivningens procedurer, hvad der kan rådgives om, herunder hvornår der kan/skal henvises videre til andre typer af rådgivning, fx juridisk eller misbrugsrådgivning.',
              { id: 'quality.content.holistic.2' },
            ),
        },
        {
          text: () =>
            msg(
              'Der er processer, samarbejdsfora mv., der sikrer et opdateret overblik og viden om relevante tilbud og indsatser i lokalområdet, som kan inddrages, eller der kan henvises til.',
              { id: 'quality.content.holistic.3' },
            ),
        },
      ],
    },
  ],
};
