import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-ethics.js';
import type { Standard } from './model.js';

// The quality standard for ethics, worded as the seed words it [source]; English ours. Its two
// legs, the formalised and the non-formalised considerations, are its elements; each
// consideration is assessed as the seed asks: has the organisation taken a position, and where
// is it described.
export const ethics: Standard = {
  id: 'ethics',
  title: () => msg('Etik', { id: 'quality.ethics.title' }),
  aim: () =>
    msg(
      'Sikre etisk forsvarlig rådgivning i boligorganisationen ved at sætte rammer for etisk rådgivning og eksplicitere organisationens praksis og retningslinjer inden for udvalgte temaer.',
      { id: 'quality.ethics.aim' },
    ),
  description: [
    () =>
      msg(
        'Kvalitetsstandarden skal understøtte, at der er gennemsigtighed om væsentlige etiske elementer af rådgivningen. Kvalitetsstandarden tydeliggør relevant lovgivning, som skal opfyldes, samt en række hensyn, som alle økonomiske rådgivninger skal forholde sig til for at leve op til kvalitetsstandarden.',
        { id: 'quality.ethics.description' },
      ),
  ],
  elements: [
    {
      id: 'formalised',
      title: () => msg('Formaliserede etiske hensyn', { id: 'quality.ethics.formalised.title' }),
      description: [
        () =>
          msg(
            'En række formaliserede hensyn bør kendes af alle rådgivere. Formål, roller, indhold og procedurer for overholdelse beskrives i et administrationsgrundlag. I forhold til kvalitetsstandarden for etik skal det vurderes, om der er taget stilling til følgende formelle hensyn:',
            { id: 'quality.ethics.formalised.description' },
          ),
      ],
      assessed: 'position',
      items: [
        {
          text: () => msg('Fuldmagt og samtykke', { id: 'quality.ethics.formalised.1' }),
          description: [
            () =>
              msg(
                'Beskrivelse af, hvornår og hvordan organisationen eller rådgiveren indhenter fuldmagter og samtykkeerklæringer. Det kan fx være i form en organisations retningslinjer for udformning af fuldmagt.',
                { id: 'quality.ethics.formalised.1.description' },
              ),
            () =>
              msg(
                'Samtykket skal være specifikt og tydeligt angive, hvad der indhentes samtykke til og hvad reglerne er omkring det, fx at samtykket til enhver tid kan tilbagekaldes. Kan understøttes af standardblanketter, der kan tages udgangspunkt i, så alle juridiske forhold opfyldes.',
                { id: 'quality.ethics.formalised.1.description.consent' },
              ),
          ],
        },
        {
          text: () => msg('Underretningspligt', { id: 'quality.ethics.formalised.2' }),
          description: [
            () =>
              msg(
                'Beskrivelse af, hvordan organisationen sikrer, at underretningspligt jf. Servicelovens § 154 (Alle, der får kendskab til, at et barn eller en ung udsættes for vanrøgt, vold, mishandling, seksuelle overgreb med videre eller lever under forhold, der bringer dets sundhed eller udvikling i fare, har pligt til at underrette kommunen), er kendt af rådgivere, og at de agerer i henhold til den.',
                { id: 'quality.ethics.formalised.2.description' },
              ),
            () =>
              msg(
                'Det skal sikres, at rollefordelingen er klar for den enkelte rådgiver ift., hvornår det er den almene aktør, som skal underrette, og hvornår det er en eventuelt involveret kommunal eller anden offentlig aktør. Dette kan fx ske gennem beskrivelse af god underretningspligt og grænseflader ml. kommune og almen aktør. Endvidere bør der ledelsesmæssigt være opfølgning på, om rådgiverne ved det og lever op til forpligtelserne, herunder en fast procedure for, hvordan nye rådgivere bliver informeret.',
                { id: 'quality.ethics.formalised.2.description.roles' },
              ),
          ],
        },
        {
          text: () => msg('Håndtering af personoplysninger', { id: 'quality.ethics.formalised.3' }),
          description: [
            () => msg('Beskrivelse af, hvordan organisationen håndterer følsomme personoplysninger.', { id: 'quality.ethics.formalised.3.description' }),
            () =>
              msg(
                'For den økonomiske rådgivning bør der eksplicit tages stilling til fx hvad der registreres og hvordan beboere informeres om eventuelle registreringer, hvor fortrolige oplysninger placeres og hvem har adgang til hvad.',
                { id: 'quality.ethics.formalised.3.description.counselling' },
              ),
          ],
        },
        {
          text: () => msg('Børneattest', { id: 'quality.ethics.formalised.4' }),
          description: [
            () =>
              msg('Beskrivelse af, hvorvidt og i hvilke tilfælde organisationen indhenter børneattest fra rådgivere.', {
                id: 'quality.ethics.formalised.4.description',
              }),
          ],
        },
        {
          text: () => msg('Straffeattest', { id: 'quality.ethics.formalised.5' }),
          description: [
            () =>
              msg(
                'Beskrivelse af, hvorvidt og hvornår organisationen indhenter straffeattest fra rådgivere, samt hvilke konsekvenser en straffeattest med anmærkninger har.',
                { id: 'quality.ethics.formalised.5.description' },
              ),
          ],
        },
        {
          text: () => msg('Ansvarsforsikring', { id: 'quality.ethics.formalised.6' }),
          description: [
            () =>
              msg('Beskrivelse af, hvorvidt og hvilken professionel ansvarsforsikring organisationen har.', {
                id: 'quality.ethics.formalised.6.description',
              }),
          ],
        },
      ],
    },
    {
      id: 'nonFormalised',
      title: () => msg('Ikke-formaliserede etiske hensyn', { id: 'quality.ethics.nonFormalised.title' }),
      description: [
        () =>
          msg(
            'En række ikke-formaliserede hensyn bør kendes af alle rådgivere. Formål, roller, indhold og procedurer for overholdelse beskrives i et administrationsgrundlag.',
            { id: 'quality.ethics.nonFormalised.description' },
          ),
      ],
      assessed: 'position',
      items: [
        {
          text: () => msg('Varetagelse af interesser', { id: 'quality.ethics.nonFormalised.1' }),
          description: [
            () =>
              msg(
                'Beskrivelse af, hvilken position rådgiveren indtager i forhold til varetagelse af interesser, og hvordan det sikres, at beboeren kender til organisationens retningslinjer ift. at varetage interesser.',
                { id: 'quality.ethics.nonFormalised.1.description' },
              ),
          ],
        },
        {
          text: () => msg('Tavshedspligt', { id: 'quality.ethics.nonFormalised.2' }),
          description: [
            () => msg('Beskrivelse af:', { id: 'quality.ethics.nonFormalised.2.description' }),
            [
              () =>
                msg('I hvilke situationer rådgivere er underlagt tavshedspligt, og hvordan rådgiverne orienteres om dette.', {
                  id: 'quality.ethics.nonFormalised.2.situations',
                }),
              () =>
                msg(
                  'Hvordan der i organisationen videndeles om sager mellem rådgivere og eventuelt andre boligsociale medarbejdere uden at bryde tavshedspligten.',
                  { id: 'quality.ethics.nonFormalised.2.sharing' },
                ),
              () =>
                msg(
                  'I hvilke situationer beboere orienteres om rådgivers tavshedspligt, og hvordan der redegøres for forskellen mellem fortrolig og anonym rådgivning.',
                  { id: 'quality.ethics.nonFormalised.2.residents' },
                ),
              () =>
                msg('Hvordan tavshedspligt håndteres ift. kommunen, så der sikres den nødvendige fortrolighed med beboeren.', {
                  id: 'quality.ethics.nonFormalised.2.municipality',
                }),
            ],
          ],
        },
        {
          text: () => msg('Habilitet i rådgivningen', { id: 'quality.ethics.nonFormalised.3' }),
          description: [
            () =>
              msg('Beskrivelse af, hvordan organisationen sikrer sig, at rådgiver ikke er inhabil i rådgivningssituationen.', {
                id: 'quality.ethics.nonFormalised.3.description',
              }),
            () =>
              msg(
                'At en rådgiver er inhabil betyder, at rådgiveren har interesser involveret i rådgivningen, som potentielt kan påvirke rådgiverens evne til at rådgive på en saglig facon.',
                { id: 'quality.ethics.nonFormalised.3.description.meaning' },
              ),
          ],
        },
        {
          text: () => msg('Lovbrud: Bedrageri og andre svig', { id: 'quality.ethics.nonFormalised.4' }),
          description: [
            () =>
              msg(
                'Beskrivelse af organisationens retningslinjer for håndtering af mistanke om – eller kendskab til bedrageri, herunder socialt bedrageri, eller andre svig af en beboer.',
                { id: 'quality.ethics.nonFormalised.4.description' },
              ),
          ],
        },
        {
          text: () => msg('Kontakt med tredjeparter', { id: 'quality.ethics.nonFormalised.5' }),
          description: [
            // The question mark is the seed's.
            () =>
              msg('Beskrivelse af organisationens retningslinjer mht. rådgivers kontakt til tredjeparter i beboerens sag?', {
                id: 'quality.ethics.nonFormalised.5.description',
              }),
          ],
        },
        {
          text: () => msg('Sikkerhed for rådgiverne', { id: 'quality.ethics.nonFormalised.6' }),
          description: [
            () =>
              msg(
                'Beskrivelse af organisationens sikkerhedsprocedurer ift. udførelse af den økonomiske rådgivning, herunder i forbindelse med opsøgende rådgivning udenfor kontorerne, opsøgende rådgivning, rådgivning gennemført ved hjemmebesøg, rådgivning der gennemføres alene mv.',
                { id: 'quality.ethics.nonFormalised.6.description' },
              ),
          ],
        },
      ],
    },
  ],
};
