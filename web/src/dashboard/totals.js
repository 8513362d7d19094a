// The figures of a roll-up as a table: one row per figure, the value cell carrying the StatusJson key
// (data-key) and the exact number (data-value, m² for areas) so a reader or a test gets the figure
// itself, not its rounded display.
import { el, hectares } from '../dom.js';

const count = (n) => n.toLocaleString('en');

export const figures = [
  { key: 'hazards', label: 'Hazardous areas', show: count },
  { key: 'originalM2', label: 'Original hazardous area', show: hectares },
  { key: 'cancelledM2', label: 'Cancelled (non-technical survey)', show: hectares },
  { key: 'reducedM2', label: 'Reduced (technical survey)', show: hectares },
  { key: 'clearedM2', label: 'Cleared (clearance)', show: hectares },
  { key: 'remainingM2', label: 'Remaining hazardous area', show: hectares },
  { key: 'finds', label: 'Explosive ordnance items found', show: count },
  { key: 'accidents', label: 'Accidents', show: count },
  { key: 'killed', label: 'People killed', show: count },
  { key: 'injured', label: 'People injured', show: count },
];

export function totalsTable(total) {
  return el('table', { id: 'dashboard-totals' },
    el('caption', {}, 'Totals'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col' }, 'Value'))),
    el('tbody', {}, figures.map((f) => el('tr', {},
      el('th', { scope: 'row' }, f.label),
      el('td', { 'data-key': f.key, 'data-value': String(total[f.key] ?? 0) }, f.show(total[f.key] ?? 0))))));
}
