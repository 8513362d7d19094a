// Placeholder while this view is built (issue 5).
import { el } from '../dom.js';

export async function mount(section) {
  section.append(el('h2', {}, 'Not built yet'));
}
