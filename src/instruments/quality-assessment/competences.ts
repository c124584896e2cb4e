import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-competences.js';
import type { Standard } from './model.js';

// The quality standard for competences, worded as the seed words it [source]; English ours. The
// four core competences and the knowledge requirements are the standard's description: they are
// read, not rated.
export const competences: Standard = {
  id: 'competences',
  title: () => msg('Kompetencer', { id: 'quality.competences.title' }),
  aim: () =>
    msg('Sikre at boligorganisationen samlet set har de nødvendige kompetencer til at gennemføre kvalificeret økonomisk rådgivning.', {
      id: 'quality.competences.aim',
    }),
  description: [
    () =>
      msg(
        'Organisationen skal sikre sig, at der er den nødvendige viden og de nødvendige kompetencer til at kunne løse de opgaver, der er krav til under de respektive typer af rådgivning. Det lever boligorganisationen op til ved at beskrive, hvordan rekruttering, oplæring og uddannelse eller organisatoriske forhold understøtter dette. Sluttelig skal organisationen beskrive, hvordan den løbende arbejder med at kvalitetssikre, at der er de nødvendige kompetencer i rådgivningen.',
        { id: 'quality.competences.description' },
      ),
    () =>
      msg(
        'Økonomisk rådgivning i de almene boligorganisationer varetages ofte af rådgivere, der med forskellige baggrunde og erfaringer kan møde beboeren i en uvildig rådgivningssituation.',
        { id: 'quality.competences.description.advisors' },
      ),
    () => msg('Fire kernekompetencer kendetegner rådgivningen:', { id: 'quality.competences.description.core' }),
    [
      () => msg('Økonomiske kompetencer', { id: 'quality.competences.core.economic' }),
      () => msg('Socialfaglige kompetencer', { id: 'quality.competences.core.social' }),
      () => msg('Juridiske kompetencer', { id: 'quality.competences.core.legal' }),
      () => msg('Interpersonelle kompetencer', { id: 'quality.competences.core.interpersonal' }),
    ],
    () =>
      msg(
        'Samlet skal organisationen have adgang til de fire kompetencer og kunne løfte opgaverne under de rådgivningstyper, den tilbyder (jf. de fire rådgivningstyper).',
        { id: 'quality.competences.description.access' },
      ),
    () => msg('Derudover er der fastsat følgende videnskrav:', { id: 'quality.competences.description.knowledge' }),
    [
      () => msg('Viden om interne retningslinjer og organisationens værdigrundlag', { id: 'quality.competences.knowledge.guidelines' }),
      () => msg('Viden om og forståelse for målgruppen af sårbare beboere', { id: 'quality.competences.knowledge.targetGroup' }),
      () =>
        msg('Løbende orientering om ændringer i lovgivning og praksis med relevans for økonomirådgivning', {
          id: 'quality.competences.knowledge.legislation',
        }),
    ],
  ],
  elements: [
    {
      id: 'inOrganisation',
      title: () => msg('Kompetencer i organisationen', { id: 'quality.competences.inOrganisation.title' }),
      description: [
        () =>
          msg(
            'Organisationen lever op til kvalitetsstandarden ved at beskrive, hvordan det sikres, at de økonomiske rådgivere har de rette forudsætninger og adgang til øvrig relevant faglig viden og kompetence.',
            { id: 'quality.competences.inOrganisation.description' },
          ),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Gennem strategisk rekruttering af rådgivere sikrer boligorganisationen, at de rette faglige og uformelle kvalifikationer er repræsenteret i rådgivningsfunktionen.',
              { id: 'quality.competences.inOrganisation.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Økonomirådgivningen har samlet set adgang til de nødvendige økonomiske, juridiske og socialfaglige kompetencer i organisationen (herunder specialistkompetence).',
              { id: 'quality.competences.inOrganisation.2' },
            ),
        },
        {
          text: () =>
            msg(
              'Økonomirådgivningen deltager i videndeling om økonomirådgivning på tværs af boligorganisationer, fx gennem faste mødefora, regionale/landsdækkende møder eller anden struktureret erfaringsudveksling.',
              { id: 'quality.competences.inOrganisation.3' },
            ),
        },
      ],
    },
    {
      id: 'qualityAssurance',
      title: () => msg('Løbende kvalitetssikring', { id: 'quality.competences.qualityAssurance.title' }),
      description: [
        () =>
          msg(
            'Beskrivelse af, hvordan boligorganisationen løbende følger op på kvaliteten og kompetencebehov i rådgivningen. Det kan fx ske gennem ledelsestilsyn og supervision.',
            { id: 'quality.competences.qualityAssurance.description' },
          ),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Boligorganisationen har et systematisk ledelsestilsyn med kvaliteten og indholdet af økonomirådgivningen, fx løbende møder mellem rådgivere og specialister indenfor jura og økonomi andre steder i organisationen.',
              { id: 'quality.competences.qualityAssurance.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Boligorganisationen har en kompetencestrategi for fastholdelse af rådgivere og løbende kompetenceudvikling af rådgivere inden for økonomirådgivning.',
              { id: 'quality.competences.qualityAssurance.2' },
            ),
        },
        {
          text: () =>
            msg('Boligorganisationen giver mulighed for supervision (intern eller ekstern) på den løbende økonomirådgivning.', {
              id: 'quality.competences.qualityAssurance.3',
            }),
        },
      ],
    },
  ],
};
