/** The editor's shortcuts; `code` keeps them on the same keys whatever the keyboard layout. */
export type EditorAction =
  | { type: 'save' }
  | { type: 'saveAndNext' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'nextUntranslated' }
  | { type: 'copySource' }
  | { type: 'approve' }
  | { type: 'insertSuggestion'; index: number };

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The shortcut list shown to the user, in the order of the legend. */
export const SHORTCUTS = [
  { keys: 'Ctrl+Enter', action: 'save' },
  { keys: 'Alt+Enter', action: 'saveAndNext' },
  { keys: 'Alt+↓ / Alt+↑', action: 'next' },
  { keys: 'Alt+U', action: 'nextUntranslated' },
  { keys: 'Alt+C', action: 'copySource' },
  { keys: 'Alt+1…9', action: 'insertSuggestion' },
  { keys: 'Alt+A', action: 'approve' },
] as const;

/**
 * Ctrl (⌘ on a Mac) + Enter saves; Alt combinations do the rest. Alt+digits, not Ctrl+digits:
 * browsers keep Ctrl+1…9 for switching tabs.
 */
export function editorAction(event: KeyLike): EditorAction | null {
  const command = event.ctrlKey || event.metaKey;
  if (event.key === 'Enter' && command && !event.altKey) return { type: 'save' };
  if (!event.altKey || command) return null;
  if (event.key === 'Enter') return { type: 'saveAndNext' };
  if (event.key === 'ArrowDown') return { type: 'next' };
  if (event.key === 'ArrowUp') return { type: 'previous' };
  const digit = /^Digit([1-9])$/.exec(event.code);
  if (digit) return { type: 'insertSuggestion', index: Number(digit[1]) - 1 };
  if (event.code === 'KeyU') return { type: 'nextUntranslated' };
  if (event.code === 'KeyC') return { type: 'copySource' };
  if (event.code === 'KeyA') return { type: 'approve' };
  return null;
}
