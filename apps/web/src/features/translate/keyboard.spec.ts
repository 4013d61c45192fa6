import { editorAction, type KeyLike } from './keyboard';

const key = (overrides: Partial<KeyLike>): KeyLike => ({ key: '', code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...overrides });

describe('the editor keyboard map', () => {
  it('saves with Ctrl or ⌘ + Enter, and saves and moves on with Alt+Enter', () => {
    expect(editorAction(key({ key: 'Enter', ctrlKey: true }))).toEqual({ type: 'save' });
    expect(editorAction(key({ key: 'Enter', metaKey: true }))).toEqual({ type: 'save' });
    expect(editorAction(key({ key: 'Enter', altKey: true }))).toEqual({ type: 'saveAndNext' });
    expect(editorAction(key({ key: 'Enter' }))).toBeNull();
  });

  it('inserts suggestion N with Alt+N by physical key, whatever the layout types', () => {
    expect(editorAction(key({ key: '¡', code: 'Digit1', altKey: true }))).toEqual({ type: 'insertSuggestion', index: 0 });
    expect(editorAction(key({ key: '3', code: 'Digit3', altKey: true }))).toEqual({ type: 'insertSuggestion', index: 2 });
    expect(editorAction(key({ key: '1', code: 'Digit1', ctrlKey: true }))).toBeNull();
    expect(editorAction(key({ key: '0', code: 'Digit0', altKey: true }))).toBeNull();
  });

  it('moves, copies the source and approves with Alt keys', () => {
    expect(editorAction(key({ key: 'ArrowDown', altKey: true }))).toEqual({ type: 'next' });
    expect(editorAction(key({ key: 'ArrowUp', altKey: true }))).toEqual({ type: 'previous' });
    expect(editorAction(key({ key: 'u', code: 'KeyU', altKey: true }))).toEqual({ type: 'nextUntranslated' });
    expect(editorAction(key({ key: 'c', code: 'KeyC', altKey: true }))).toEqual({ type: 'copySource' });
    expect(editorAction(key({ key: 'a', code: 'KeyA', altKey: true }))).toEqual({ type: 'approve' });
    expect(editorAction(key({ key: 'a', code: 'KeyA' }))).toBeNull();
  });
});
