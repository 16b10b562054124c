/** The poster grid or list choice, remembered in localStorage and applied as `body[data-view]`. */

const KEY = 'complexionist.view';

/** The remembered view, `grid` unless the user chose the list. */
export function savedView(): 'grid' | 'list' {
  return localStorage.getItem(KEY) === 'list' ? 'list' : 'grid';
}

/** Applies the remembered view and keeps the "Show films as" radios and the page in step. */
export function setupViewChoice(): void {
  const apply = (view: 'grid' | 'list') => {
    document.body.dataset.view = view;
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=view]')) {
      radio.checked = radio.value === view;
    }
  };
  apply(savedView());
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=view]')) {
    radio.addEventListener('change', () => {
      const view = radio.value === 'list' ? 'list' : 'grid';
      localStorage.setItem(KEY, view);
      apply(view);
    });
  }
}
