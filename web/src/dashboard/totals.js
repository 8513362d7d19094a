// The figures of a roll-up as a table: one row per figure, the value cell carrying the StatusJson key
// (data-key) and the exact number (data-value, m² for areas) so a reader or a test gets the figure
// itself, not its rounded display. Each row says what it is: the period its releases fall in, the day its
// remaining area stands on, and whether it sums hazard records or measures land (their union).
import { el, hectares } from '../dom.js';

const count = (n) => n.toLocaleString('en');

/** "released between 2026-01-01 and 2026-03-31", "released up to …", "released since …" or "released to date". */
export function releasedWhen(filter) {
  const from = filter?.from, to = filter?.to;
  if (from && to) return `released between ${from} and ${to}`;
  if (to) return `released up to ${to}`;
  if (from) return `released since ${from}`;
  return 'released to date';
}

/** "on 2026-03-31" (the period's end: the figures as of that day) or "today". */
export function remainingWhen(filter) {
  return filter?.to ? `on ${filter.to}` : 'today';
}

export function figuresOf(filter) {
  const released = releasedWhen(filter), when = remainingWhen(filter);
  return [
    { key: 'hazards', label: `Hazardous areas recorded by ${filter?.to ?? 'today'} (records)`, show: count },
    { key: 'originalM2', label: 'Original hazardous area (records)', show: hectares },
    { key: 'cancelledM2', label: `Cancelled (non-technical survey), ${released} (records)`, show: hectares },
    { key: 'reducedM2', label: `Reduced (technical survey), ${released} (records)`, show: hectares },
    { key: 'clearedM2', label: `Cleared (clearance), ${released} (records)`, show: hectares },
    { key: 'remainingM2', label: `Remaining hazardous area ${when} (records: sum of hazards)`, show: hectares },
    { key: 'remainingLandM2', label: `Remaining hazardous land ${when} (land: union of hazards)`, show: hectares },
    { key: 'countedTwiceM2', label: `Land under two hazards, counted twice in the records ${when}`, show: hectares },
    { key: 'finds', label: 'Explosive ordnance items found', show: count },
    { key: 'accidents', label: 'Accidents', show: count },
    { key: 'killed', label: 'People killed', show: count },
    { key: 'injured', label: 'People injured', show: count },
  ];
}

export function totalsTable(total, filter) {
  return el('table', { id: 'dashboard-totals' },
    el('caption', {}, `Totals: ${releasedWhen(filter)}, remaining ${remainingWhen(filter)}`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col' }, 'Value'))),
    el('tbody', {}, figuresOf(filter).map((f) => el('tr', {},
      el('th', { scope: 'row' }, f.label),
      el('td', { 'data-key': f.key, 'data-value': String(total[f.key] ?? 0) }, f.show(total[f.key] ?? 0))))));
}
