// The figures of a roll-up as a table: one row per figure, the value cell carrying the StatusJson key
// (data-key) and the exact number (data-value, m² for areas) so a reader or a test gets the figure
// itself, not its rounded display. Each row says what it is: the period its releases fall in, the day its
// remaining area stands on, and whether it sums hazard records or measures land (their union).
import { el, hectares } from '../dom.js';
import { t } from '../i18n.js';

const count = (n) => t('web.format.count', { n });

/**
 * The period a roll-up covers, as the i18next context of every sentence that names it (its ids have the
 * suffixes _between, _up-to, _since and _to-date): releases between from and to, up to to (the figures as of
 * that day), since from (remaining today) or to date. Each sentence is whole in each form, for translators.
 */
export function period(filter) {
  const from = filter?.from, to = filter?.to;
  return { context: from && to ? 'between' : to ? 'up-to' : from ? 'since' : 'to-date', from, to };
}

export function figuresOf(filter) {
  const when = period(filter);
  return [
    { key: 'hazards', label: t('web.dashboard.totals.hazards', when), show: count },
    { key: 'originalM2', label: t('web.dashboard.totals.original'), show: hectares },
    { key: 'cancelledM2', label: t('web.dashboard.totals.cancelled', when), show: hectares },
    { key: 'reducedM2', label: t('web.dashboard.totals.reduced', when), show: hectares },
    { key: 'clearedM2', label: t('web.dashboard.totals.cleared', when), show: hectares },
    // Released land returned to hazardous (a failed QC sample, a find on released land): released − reopened + remaining = original.
    { key: 'reopenedM2', label: t('web.dashboard.totals.reopened', when), show: hectares },
    { key: 'remainingM2', label: t('web.dashboard.totals.remaining', when), show: hectares },
    { key: 'remainingLandM2', label: t('web.dashboard.totals.remaining-land', when), show: hectares },
    { key: 'countedTwiceM2', label: t('web.dashboard.totals.counted-twice', when), show: hectares },
    { key: 'finds', label: t('web.dashboard.totals.finds'), show: count },
    { key: 'accidents', label: t('web.dashboard.totals.accidents'), show: count },
    { key: 'killed', label: t('web.dashboard.totals.killed'), show: count },
    { key: 'injured', label: t('web.dashboard.totals.injured'), show: count },
  ];
}

export function totalsTable(total, filter) {
  return el('table', { id: 'dashboard-totals' },
    el('caption', {}, t('web.dashboard.totals.caption', period(filter))),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('web.dashboard.totals.figure')), el('th', { scope: 'col' }, t('web.dashboard.totals.value')))),
    el('tbody', {}, figuresOf(filter).map((f) => el('tr', {},
      el('th', { scope: 'row' }, f.label),
      el('td', { 'data-key': f.key, 'data-value': String(total[f.key] ?? 0) }, f.show(total[f.key] ?? 0))))));
}
