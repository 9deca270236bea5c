import { negotiateLanguage } from './negotiate-language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['es', 'es'],
    ['es-EC,es;q=0.9,en;q=0.8', 'es'],
    ['en-GB,en;q=0.9,es;q=0.5', 'en'],
    ['fr-FR,fr;q=0.9,es;q=0.4,en;q=0.3', 'es'],
    ['en;q=0.2, es;q=0.7', 'es'],
    ['es;q=0, en', 'en'],
    ['fa, prs', 'en'],
    ['ES', 'es'],
    ['en, es', 'en'],
  ])('%p -> %p', (header, want) => {
    expect(negotiateLanguage(header as string | undefined)).toBe(want);
  });

  it('accepts another fallback', () => {
    expect(negotiateLanguage('de', 'es')).toBe('es');
  });
});
