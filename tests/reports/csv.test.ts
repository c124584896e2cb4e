import { expect } from '@open-wc/testing';
import { dialectFor, toCsv } from '../../src/reports/csv.js';
import { toCsv as demoCsv } from '../../demo/export.js';
import { setLocale } from '../support/helpers.js';

/** An RFC 4180 reader (quoted cells with doubled quotes, separators and line breaks inside). */
function parse(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

const body = (csv: string) => {
  expect(csv.charCodeAt(0), 'BOM').to.equal(0xfeff);
  expect(csv.endsWith('\r\n')).to.equal(true);
  return csv.slice(1);
};

describe('CSV dialects', () => {
  it('writes excel-da: BOM, `;`, CRLF and decimal commas Danish Excel reads as numbers, not dates', () => {
    const csv = toCsv(
      [
        ['a', 'b', 'c'],
        [62.2, 15.4, -3],
      ],
      { dialect: 'excel-da' },
    );
    expect(body(csv)).to.equal('a;b;c\r\n62,2;15,4;-3\r\n');
  });

  it('writes rfc4180: `,` and `.` decimals, with text holding a comma quoted', () => {
    const csv = toCsv(
      [
        ['a', 'b'],
        [62.2, 'x, y'],
      ],
      { dialect: 'rfc4180' },
    );
    expect(parse(body(csv), ',')).to.deep.equal([
      ['a', 'b'],
      ['62.2', 'x, y'],
    ]);
  });

  it('picks the dialect from the locale: Danish Excel for Danish, RFC 4180 otherwise', () => {
    expect(dialectFor('da')).to.equal('excel-da');
    expect(dialectFor('da-DK')).to.equal('excel-da');
    expect(dialectFor('en')).to.equal('rfc4180');
  });

  it('guards text against formula injection, but not numbers', () => {
    for (const dialect of ['excel-da', 'rfc4180'] as const) {
      const sep = dialect === 'excel-da' ? ';' : ',';
      const [row] = parse(
        body(
          toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'ok', -2]], {
            dialect,
          }),
        ),
        sep,
      );
      expect(row).to.deep.equal([`'=HYPERLINK("x")`, "'+1", "'-2", "'@SUM(A1)", 'ok', '-2']);
    }
  });

  it('round-trips quoted text with `;`, `,`, `"` and line breaks', () => {
    const text = ['Hej; "du"', 'a,b', 'linje 1\r\nlinje 2\nlinje 3', ' space '];
    for (const dialect of ['excel-da', 'rfc4180'] as const) {
      expect(parse(body(toCsv([text], { dialect })), dialect === 'excel-da' ? ';' : ',')).to.deep.equal([text]);
    }
  });
});

describe("the demo's CSV export", () => {
  const people = [{ id: 'r-1', name: 'Åse; "A"', createdAt: '2026-01-01T00:00:00Z' }];
  const stored = [
    {
      residentId: 'r-1',
      envelope: {
        instrument: 'status',
        codebookVersion: '1',
        responseId: 'x-1',
        residentId: 'r-1',
        completedAt: '2026-01-02T10:00:00Z',
        locale: 'da' as const,
        answers: { contact: 'phone', comment: '=1+1' },
      },
    },
  ];
  afterEach(() => (document.documentElement.lang = 'da'));

  it('has a label beside each coded column, in Danish, for Danish Excel', () => {
    document.documentElement.lang = 'da';
    const [head, row] = parse(body(demoCsv(people, stored)), ';');
    const at = (name: string) => row[head.indexOf(name)];
    expect(head.slice(-3)).to.deep.equal(['status.comment', 'status.contact', 'status.contact_label']);
    expect([at('status.contact'), at('status.contact_label'), at('status.comment')]).to.deep.equal(['phone', 'Telefon', "'=1+1"]);
    expect(at('residentName')).to.equal('Åse; "A"');
  });

  it('has the labels in English, as RFC 4180, for an English page', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    try {
      const [head, row] = parse(body(demoCsv(people, stored)), ',');
      expect(row[head.indexOf('status.contact')]).to.equal('phone');
      expect(row[head.indexOf('status.contact_label')]).to.equal('Phone');
    } finally {
      await setLocale('da');
    }
  });
});
