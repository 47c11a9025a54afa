import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerAfterChange, answerAfterText, commentFieldKey, fieldKey, fieldOfKey, fieldValue } from '../../src/answer-fields.js';
import type { Question } from '../../src/questions.js';

/** The mapping reads only a question's type. */
const ofType = (type: Question['type']) => ({ id: 'q', type }) as unknown as Question;

describe('answer fields: form fields ↔ response answers', () => {
  it('names every question by a key that leads back to it, comment fields apart', () => {
    const locations = [
      { scope: 'context', questionId: 'name' },
      { scope: 'block', blockId: 'prevention', questionId: 'levers' },
      { scope: 'final', questionId: 'priorities' },
    ] as const;
    for (const at of locations) {
      assert.deepEqual(fieldOfKey(fieldKey(at)), { at, comment: false });
      assert.deepEqual(fieldOfKey(commentFieldKey(at)), { at, comment: true });
    }
    assert.equal(fieldKey(locations[1]), 'block/prevention/levers');
    for (const other of ['', 'summary', 'block:prevention', 'block/prevention', 'context/a/b', 'final/a/b/c', 'team/a']) assert.equal(fieldOfKey(other), undefined, other);
  });

  it('a question whose id is "comment" is not its own comment field', () => {
    assert.deepEqual(fieldOfKey('context/comment'), { at: { scope: 'context', questionId: 'comment' }, comment: false });
    assert.deepEqual(fieldOfKey('block/b/comment'), { at: { scope: 'block', blockId: 'b', questionId: 'comment' }, comment: false });
  });

  it('what a control shows is what it changed, for every question type, and the rest of the answer is kept', () => {
    const cases: Array<[Question['type'], string[]]> = [
      ['stage', ['s2']],
      ['multiple-choice', ['a', 'c']],
      ['block-ranking', ['b3', 'b1']],
      ['block-pick', ['b2']],
      ['text', ['Centrum Noord']],
    ];
    for (const [type, value] of cases) {
      const question = ofType(type);
      const answer = answerAfterChange(question, { comment: 'why' }, { value });
      assert.deepEqual(fieldValue(question, answer), value, type);
      assert.equal(answer.comment, 'why', type);
    }
  });

  it('a pick answered "none" holds no blocks; an "other" text stays when the choices change', () => {
    const pick = ofType('block-pick');
    assert.deepEqual(answerAfterChange(pick, { blocks: ['b1'] }, { value: ['b1'], none: true }), { blocks: [], none: true });
    const multiple = ofType('multiple-choice');
    assert.deepEqual(answerAfterChange(multiple, { choices: ['other'], other: 'mine' }, { value: ['other', 'a'] }), { choices: ['other', 'a'], other: 'mine' });
    assert.deepEqual(answerAfterChange(multiple, { choices: ['other'], other: 'mine' }, { value: ['other'], otherText: 'new' }), { choices: ['other'], other: 'new' });
    assert.deepEqual(fieldValue(multiple, undefined), []);
  });

  it('typing sets the text or the comment, nothing else', () => {
    assert.deepEqual(answerAfterText({ choice: 's1' }, 'comment', 'note'), { choice: 's1', comment: 'note' });
    assert.deepEqual(answerAfterText({ comment: 'note' }, 'text', 'Noord'), { comment: 'note', text: 'Noord' });
  });
});
