// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleTitle, pageHosts } from '../../../src/extraction/title';

describe('articleTitle: the headline without what the site appends', () => {
  it('cuts the site name, known from the host name or the declared name', () => {
    expect(articleTitle("Mexico's economy grew 1.1% in 1st quarter | AP News", { hosts: ['apnews.com'], siteName: 'Associated Press' })).toBe("Mexico's economy grew 1.1% in 1st quarter");
    expect(articleTitle('Le projet de loi sur le renseignement massivement approuvé - Le Monde', { hosts: ['www.lemonde.fr'] })).toBe('Le projet de loi sur le renseignement massivement approuvé');
    expect(articleTitle('Nam, SA Green hydrogen pipeline flagged - The Namibian', { hosts: ['www.namibian.com.na'] })).toBe('Nam, SA Green hydrogen pipeline flagged');
    expect(articleTitle('Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de', { siteName: 'Golem.de' })).toBe('Akkutechnik: Hat Quantumscape genug Akkus gebaut?');
    expect(articleTitle('Niemcy zamykają granice? To już jedynie kwestia czasu - rp.pl', { hosts: ['www.rp.pl'] })).toBe('Niemcy zamykają granice? To już jedynie kwestia czasu');
    expect(articleTitle('„Unermüdlicher Einsatz“ - Die Neue Südtiroler Tageszeitung', { hosts: ['www.tageszeitung.it'] })).toBe('„Unermüdlicher Einsatz“');
    expect(articleTitle('イスラエルとハマスの停戦「最も合意に近い」 - 毎日新聞', { siteName: '毎日新聞', hosts: ['mainichi.jp'] })).toBe('イスラエルとハマスの停戦「最も合意に近い」');
  });

  it('reads host names as sites write them (umlauts as oe) and cuts dates after the name', () => {
    expect(articleTitle('Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung', { hosts: ['www.boersen-zeitung.de'] })).toBe('Steigende US-Zinsen setzen Dax zu');
    expect(articleTitle('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken | DW | 28.04.2023', { siteName: 'DW.COM', hosts: ['www.dw.com'] })).toBe('Ukrainische Gegenoffensive: Ziele, Chancen, Risiken');
  });

  it('cuts a declared name that holds separators itself, a byline, and a site name in front', () => {
    const site = 'Israel Nachrichten - Chadashoth Israel - חדשות ישראל';
    expect(articleTitle(`Bennett: „Ich bin nicht PM Netanyahus punching Ball“ - ${site}`, { siteName: site })).toBe('Bennett: „Ich bin nicht PM Netanyahus punching Ball“');
    expect(articleTitle("'What is the sea telling us?': Māori tribes fearful | Eleanor Ainge Roy", { byline: 'Eleanor Ainge Roy', siteName: 'the Guardian' })).toBe("'What is the sea telling us?': Māori tribes fearful");
    expect(articleTitle('BBC News - Obama admits US gun laws are his biggest frustration', { hosts: ['www.bbc.co.uk'], siteName: 'BBC News' })).toBe('Obama admits US gun laws are his biggest frustration');
  });

  it("keeps a headline's own dashes, colons and hyphens", () => {
    const kept: Array<[string, string[], string | undefined]> = [
      ['Brand in Betrieb in Lichterfelde – Starke Rauchentwicklung', ['www.morgenpost.de'], 'Berliner Morgenpost'],
      ['Rückschlag im Titelkampf - Liverpool verliert bei Everton', ['www.sportschau.de'], 'sportschau.de'],
      ['Künstliche Intelligenz in der Schule - Kinder werden "schneller und erfolgreicher"', ['rp-online.de'], 'RP ONLINE'],
      ['Le gouvernement recule - ce que Le Monde a appris', ['www.lemonde.fr'], 'Le Monde'],
      ['Jean-Luc Mélenchon - the far-left leader', ['www.lemonde.fr'], undefined],
      ['Ukrainische Gegenoffensive | 28.04.2023', ['www.dw.com'], undefined],
      ['BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors', ['www.timeslive.co.za'], 'TimesLIVE Premium'],
      ['Le Monde', ['www.lemonde.fr'], 'Le Monde'],
    ];
    for (const [title, hosts, siteName] of kept) expect(articleTitle(title, { hosts, siteName })).toBe(title);
  });

  it('tidies white space but keeps non-breaking spaces of French typography', () => {
    expect(articleTitle('  Screenshot\u00a0: «Vape Wave»\n  et les autres ')).toBe('Screenshot\u00a0: «Vape Wave» et les autres');
    expect(articleTitle('')).toBe('');
  });
});

describe('pageHosts', () => {
  it('reads the host names of the canonical URL and og:url (the document URL when it is http)', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://apnews.com/article/x"><meta property="og:url" content="https://www.apnews.com/article/x">';
    expect(pageHosts(document)).toEqual(expect.arrayContaining(['apnews.com', 'www.apnews.com']));
    document.head.innerHTML = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="not a url">';
    expect(pageHosts(document).every((host) => !/alert|not a url/.test(host))).toBe(true);
  });
});
