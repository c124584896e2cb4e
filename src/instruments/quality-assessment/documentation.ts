import { msg } from '@lit/localize';
import '../../generated/messages/instruments-quality-assessment-documentation.js';
import type { Standard } from './model.js';

// The quality standard for documentation tools, worded as the seed words it [source]; English
// ours. The seed lists its indicators under the standard itself; their element is named after
// the standard's own heading ("Kvalitetsstandard for dokumentationsredskaber").
export const documentation: Standard = {
  id: 'documentation',
  title: () => msg('Dokumentation', { id: 'quality.documentation.title' }),
  aim: () =>
    msg(
      'Sikre ensartethed i registrering af aktiviteter og resultater på tværs af organisationer. Samt systematisk opfølgning og læring til brug for kvalitetsudviklingen.',
      { id: 'quality.documentation.aim' },
    ),
  description: [
    () =>
      msg('Et fælles sprog om aktiviteter og resultater skal sikre valid sammenligning på tværs af organisationer.', {
        id: 'quality.documentation.description',
      }),
  ],
  elements: [
    {
      id: 'tools',
      title: () => msg('Dokumentationsredskaber', { id: 'quality.documentation.tools.title' }),
      description: [
        () =>
          msg('Følgende kvalitetsparametre indgår i kvalitetsstandarden for dokumentation:', { id: 'quality.documentation.tools.description' }),
        [
          () => msg('Udvalgte aktivitets-indikatorer', { id: 'quality.documentation.tools.indicators' }),
          () => msg('Stamoplysninger, der skal indhentes', { id: 'quality.documentation.tools.masterData' }),
          () =>
            msg('Opfølgningsskema til at følge beboerens oplevelse af rådgivningen undervejs i et forløb', {
              id: 'quality.documentation.tools.status',
            }),
          () => msg('Evalueringsskema ved afslutning af et rådgivningsforløb', { id: 'quality.documentation.tools.evaluation' }),
        ],
      ],
      assessed: 'rating',
      items: [
        {
          text: () =>
            msg(
              'Boligorganisationen anvender konsekvent statusredskabet, evalueringsredskabet el.lign. til registrering af beboerens tilfredshed med rådgivningen, beboerens økonomiske situation og generel evaluering af rådgivningsforløbene.',
              { id: 'quality.documentation.tools.1' },
            ),
        },
        {
          text: () =>
            msg(
              'Boligorganisationen følger løbende op på de økonomiske gevinster, når økonomirådgivningen medvirker til at undgå udsættelser, reducere restancer mv.',
              { id: 'quality.documentation.tools.2' },
            ),
        },
        {
          text: () =>
            msg(
              'Boligorganisationen har opsat og følger systematisk op på målsætninger for resultater og beboeroplevelse af den økonomiske rådgivning.',
              { id: 'quality.documentation.tools.3' },
            ),
        },
        {
          text: () =>
            msg(
              'Boligorganisationen har en fast procedure for, hvordan den løbende lærer af rådgivningens resultater, så den faglige tilgang kontinuert styrkes.',
              { id: 'quality.documentation.tools.4' },
            ),
        },
      ],
    },
  ],
};
