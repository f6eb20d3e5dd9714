import { describe, expect, it } from 'vitest';
import { listRowOrder, readSectionForm } from './section-form.ts';

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const faq = (extra: Record<string, string> = {}) =>
  form({
    'd.heading': 'Questions',
    'd.items.0.question': 'Alpha?',
    'd.items.0.answer': 'A.',
    'd.items.1.question': 'Bravo?',
    'd.items.1.answer': 'B.',
    'd.items.2.question': 'Charlie?',
    'd.items.2.answer': 'C.',
    ...extra,
  });
const questions = (f: FormData) =>
  (readSectionForm('faq', f).items as { question: string }[]).map((i) => i.question);

describe('the order of a section’s items as its form sends it', () => {
  it('keeps the form order when nothing was moved', () => {
    expect(questions(faq())).toEqual(['Alpha?', 'Bravo?', 'Charlie?']);
    expect(listRowOrder(faq(), 'd.items', 4)).toEqual([0, 1, 2, 3]);
  });

  it('reads the drag-and-drop order, ignoring unknown and repeated rows', () => {
    expect(questions(faq({ 'd.items._order': '2,0,1' }))).toEqual(['Charlie?', 'Alpha?', 'Bravo?']);
    expect(listRowOrder(faq({ 'd.items._order': '9,2,2,x,-1,,1' }), 'd.items', 4)).toEqual([2, 1, 0, 3]);
  });

  it('without JavaScript, a row given a new position goes before (up) or after (down) the row that was there', () => {
    expect(questions(faq({ 'd.items.2._pos': '1' }))).toEqual(['Charlie?', 'Alpha?', 'Bravo?']);
    expect(questions(faq({ 'd.items.0._pos': '3' }))).toEqual(['Bravo?', 'Charlie?', 'Alpha?']);
    expect(questions(faq({ 'd.items.0._pos': '3', 'd.items.1._pos': '2', 'd.items.2._pos': '1' }))).toEqual([
      'Charlie?',
      'Bravo?',
      'Alpha?',
    ]);
    // Nonsense positions are ignored; a removed row stays removed wherever it was put.
    expect(
      questions(faq({ 'd.items.1._pos': 'first', 'd.items.2._pos': '1', 'd.items.2._remove': 'on' })),
    ).toEqual(['Alpha?', 'Bravo?']);
  });
});
