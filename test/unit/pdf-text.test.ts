import { describe, expect, it } from 'vitest';
import { pdfText, withoutRunningLines } from '../../src/cli/pdf-text.ts';
import { PDF_LIMITS } from '../../src/shared/limits.ts';
import { analyseNotice } from '../../src/audit/notice.ts';
import { pdfWithPages, pdfWithText } from '../helpers/pdf.ts';
import { pdfFetchable } from '../../src/cli/pdf-notices.ts';

describe('the text of a PDF notice (command line)', () => {
  it('reads the lines of a PDF, and the notice in it is analysed like any other', async () => {
    const text = await pdfText(pdfWithText(['Protection des données', "Le responsable du traitement est l'école Jules Ferry, 3 rue des Écoles, 75005 Paris.", 'Vous disposez d’un droit d’accès et de rectification.']));
    expect(text).toContain("Le responsable du traitement est l'école Jules Ferry, 3 rue des Écoles, 75005 Paris.");
    const a = analyseNotice(text);
    expect(a.status).toMatchObject({ controller: 'present', controllerContact: 'present', rights: 'present' });
  });

  it('leaves out running headers, footers and page numbers, which would cut the section they fall in', async () => {
    const title = 'Politique de protection des données – Collège Jean Moulin';
    const pdf = pdfWithPages([
      [title, 'Durée de conservation', 'Les comptes des élèves sont supprimés', 'Page 1 sur 3'],
      [title, 'trois mois après leur départ. Les journaux de connexion', 'Page 2 sur 3'],
      [title, 'sont conservés un an.', 'Vos droits', 'Vous disposez d’un droit d’accès.', 'Page 3 sur 3'],
    ]);
    const text = await pdfText(pdf);
    expect(text).not.toMatch(/Page \d sur 3|Jean Moulin/);
    const a = analyseNotice(text);
    expect(a.retentions.map((r) => r.excerpt)).toEqual(expect.arrayContaining([expect.stringMatching(/supprimés trois mois après leur départ/), expect.stringMatching(/connexion sont conservés un an/)]));
    // A line on one page of three, or on two pages of five, is text; on three pages of five it runs.
    expect(withoutRunningLines([['Vos droits', 'a'], ['b', 'c'], ['d', 'e']])).toEqual([['Vos droits', 'a'], ['b', 'c'], ['d', 'e']]);
    expect(withoutRunningLines([['x', 'a'], ['x', 'b'], ['c'], ['d'], ['e']])).toEqual([['x', 'a'], ['x', 'b'], ['c'], ['d'], ['e']]);
    expect(withoutRunningLines([['x', 'a'], ['x', 'b'], ['x', 'c'], ['d'], ['e']])).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(withoutRunningLines([['Responsable du traitement', 'La commune de Val-Clair', '- 1 -']])).toEqual([['Responsable du traitement', 'La commune de Val-Clair']]);
  });

  it('refuses a file that is too large, and says so when the file is not a PDF', async () => {
    await expect(pdfText(new Uint8Array(PDF_LIMITS.bytes + 1))).rejects.toThrow(/trop volumineux/);
    await expect(pdfText(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toThrow();
  });

  it('fetches only a PDF on the audited site, at an address that is not masked', () => {
    expect(pdfFetchable('https://www.ecole-pdf.fr/docs/rgpd.pdf', 'ecole-pdf.fr')).toBe(true);
    expect(pdfFetchable('https://docs.ecole-pdf.fr/rgpd.pdf', 'ecole-pdf.fr')).toBe(true);
    expect(pdfFetchable('https://cdn.editeur.com/rgpd.pdf', 'ecole-pdf.fr')).toBe(false);
    expect(pdfFetchable('https://www.ecole-pdf.fr/doc.pdf?token=…', 'ecole-pdf.fr')).toBe(false);
    expect(pdfFetchable('file:///etc/passwd', 'ecole-pdf.fr')).toBe(false);
    expect(pdfFetchable('https://user:pw@www.ecole-pdf.fr/rgpd.pdf', 'ecole-pdf.fr')).toBe(false);
    expect(pdfFetchable('http://192.168.1.1/rgpd.pdf', '192.168.1.1')).toBe(false);
  });
});
