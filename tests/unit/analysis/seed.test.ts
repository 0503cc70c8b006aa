import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze, stripBoilerplate, detectLanguage } from '../../../src/analysis';

const raw = readFileSync(new URL('../../../seeds/000_9659c3a96bdd644f.txt', import.meta.url), 'utf8');
const lines = raw.split('\n');
const title = (lines[0] ?? '').replace(/^\s*date\s+\d{4}-\d{2}\s+/, '');
const a = analyze({ title, text: lines.slice(1).join('\n') });

describe('seed 000', () => {
  it('detects French and strips boilerplate', () => {
    expect(a.lang).toBe('fr');
    expect(a.text).not.toContain('Lire la suite');
    expect(a.claims.some((c) => c.text.includes('Lire la suite'))).toBe(false);
  });
  it('finds Warner quotes with full speaker name', () => {
    const q = a.claims.find((c) => c.quote?.startsWith('Ce type de collaboration'));
    expect(q?.speaker).toBe('Mark Warner');
  });
  it('finds rationales', () => {
    const r = a.claims.map((c) => [c.rationale, c.rationaleCue]);
    expect(r).toContainEqual(['l’échec de Kiev à mettre en œuvre les accords de Minsk', 'invoquant']);
    expect(r).toContainEqual(['obtenir plus d’aide', 'dans le but d’']);
    expect(r).toContainEqual(['de telles actions pourraient amener les États-Unis à devenir une partie au conflit', 'arguant que']);
  });
  it('finds entities', () => {
    const e = a.entities.map((x) => `${x.text}/${x.type}`);
    for (const want of ['Mark Warner/PER', 'OTAN/ORG', 'Kiev/LOC', 'Kharkov/LOC']) expect(e).toContain(want);
    expect(a.entities.some((x) => x.text.endsWith('New York Times'))).toBe(true);
  });
});

describe('api', () => {
  it('strips boilerplate lines', () => {
    expect(stripBoilerplate('A.\n\nRead more: x\n\nB.')).toBe('A.\n\nB.');
  });
  it('detects English', () => expect(detectLanguage('The minister said that the plan was not ready for the vote.')).toBe('en'));
  it('never throws', () => {
    expect(() => analyze({ title: '', text: '' })).not.toThrow();
    expect(() => analyze({ title: '“', text: '«« "'.repeat(20000) })).not.toThrow();
  });
});
