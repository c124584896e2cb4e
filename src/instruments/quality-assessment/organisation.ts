import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-organisation.js';
import type { Standard } from './model.js';

// The quality standard for organisation, worded as the seed words it [source]; English ours.
export const organisation: Standard = {
  id: 'organisation',
  title: () => msg('Organisation', { id: 'quality.organisation.title' }),
  aim: () =>
    msg('Sikre gennemsigtighed i boligorganisationens grundlag for at føre uvildig økonomisk rådgivning.', { id: 'quality.organisation.aim' }),
  description: [
    () =>
      msg(
        'Kvalitetsstandarden for organisation sætter krav til beskrivelse af organisationens værdigrundlag, den målgruppe den økonomiske rådgivning henvender sig til samt tydeliggøre, hvor rådgivningen er finansieret. Dette skal sikre gennemsigtighed i boligorganisationens grundlag for at føre uvildig økonomisk rådgivning.',
        { id: 'quality.organisation.description' },
      ),
  ],
  elements: [
    {
      id: 'values',
      title: () => msg('Organisationens værdigrundlag', { id: 'quality.organisation.values.title' }),
      description: [
        () =>
          msg(
            'Beskrivelse af, hvilke værdier boligorganisationen bygger på, den værdimæssige tilgang til rådgivningen, hvorfor den økonomiske rådgivning ydes og værdien af den.',
            { id: 'quality.organisation.values.description' },
          ),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Det fremgår eksplicit af vores skriftlige værdigrundlag (eller skriftligt andetsteds), hvorfor vi yder økonomisk rådgivning, og hvad målet er for rådgivningen.',
              { id: 'quality.organisation.values.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Beskrivelse af formålet med den økonomiske rådgivning omfatter begreber som socialt ansvar, social bæredygtighed, lighed el.lign.',
              { id: 'quality.organisation.values.2' },
            ),
        },
        {
          text: () =>
            msg('Tilgangen til og formålet med den økonomiske rådgivning er kommunikeret, så den er kendt i hele organisationen.', {
              id: 'quality.organisation.values.3',
            }),
        },
      ],
    },
    {
      id: 'targetGroup',
      title: () => msg('Rådgivningens målgruppe og kontaktflader', { id: 'quality.organisation.targetGroup.title' }),
      description: [
        () =>
          msg(
            'Beskrivelse af den målgruppe, som boligorganisationens tilbud om økonomisk rådgivning henvender sig til samt en afgrænsning af, hvilke sager boligorganisationen ikke går ind i.',
            { id: 'quality.organisation.targetGroup.description' },
          ),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg('Målgruppen for den økonomiske rådgivning er klart defineret i materiale målrettet boligorganisationens beboere.', {
              id: 'quality.organisation.targetGroup.1',
            }),
        },
        {
          text: () =>
            msg(
              'Den opsøgende indsats rettet mod målgruppen foregår systematisk og ensartet (fx med udgangspunkt i restancelister, gengangere i rykkersystemer mv.).',
              { id: 'quality.organisation.targetGroup.2' },
            ),
        },
        {
          text: () =>
            msg(
              'Der er klare rådgivningsprocedurer og aftaler omkring kontaktflader, arbejdsdeling og roller i samarbejdet med kommuner og frivillige foreninger og organisationer.',
              { id: 'quality.organisation.targetGroup.3' },
            ),
        },
      ],
    },
    {
      id: 'funding',
      title: () => msg('Rådgivningens økonomi og ansættelsessted', { id: 'quality.organisation.funding.title' }),
      description: [
        () =>
          msg('Beskrivelse af hvordan rådgivningen er finansieret herunder rådgivernes ansættelsessted.', {
            id: 'quality.organisation.funding.description',
          }),
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg('Det fremgår af materiale målrettet økonomirådgivningens målgruppe, hvordan rådgivningen er finansieret.', {
              id: 'quality.organisation.funding.1',
            }),
        },
        {
          text: () =>
            msg('Det fremgår af materiale målrettet økonomirådgivningens målgruppe, hvor rådgiverne er ansat og hvilke roller de varetager.', {
              id: 'quality.organisation.funding.2',
            }),
        },
        {
          text: () =>
            msg(
              'Økonomirådgivningen drøfter løbende håndtering af eventuelle loyalitetskonflikter, som følger af rådgivernes ansættelsesforhold og roller, både ift. beboerne og internt i organisationen.',
              { id: 'quality.organisation.funding.3' },
            ),
        },
      ],
    },
  ],
};
