// The fields of the kinds that count people, never name them: a risk-education session (IMAS 12.10) and a civilian
// casualty incident (casualty surveillance). Both have a position picked on the map.
import { input, select, text, write } from './fields.js';
import { materials, people } from './people.js';
import { pointField } from './point-field.js';
import { casualtyActivities, categories, eoreMethods } from './vocabulary.js';
import { t } from '../i18n.js';

/** { node, read, write, points } for such a kind, or null when the kind is not one. */
export function peopleFields(kind, f, registry, { pick, onChange }) {
  switch (kind.value) {
    case 'risk-education': {
      const position = pointField(registry, 'body.position', { pick, onChange, legend: 'web.form.kind.place', pickLabel: 'web.form.kind.place.pick' });
      const region = input({ id: 'body-region' });
      const method = select(eoreMethods, { id: 'body-method' });
      const audience = people(registry, { path: 'body.audience', idPrefix: 'audience', legend: 'web.form.people.audience', onChange });
      const handedOut = materials(registry, onChange);
      const near = input({ id: 'body-near-hazards' });
      return {
        node: [position.node, f('region', t('web.form.kind.region'), region), f('method', t('web.form.kind.method'), method),
          audience.node, handedOut.node, f('nearHazards', t('web.form.kind.near-hazards'), near, t('web.form.kind.near-hazards.hint'))],
        read: () => ({
          position: position.read(), region: text(region), method: method.value, audience: audience.read(), materials: handedOut.read(),
          nearHazards: (near.value ?? '').split(/[\s,;]+/).filter(Boolean),
        }),
        points: position.points,
        write: (b) => {
          position.write(b.position); write(region, b.region); write(method, b.method);
          audience.write(b.audience); handedOut.write(b.materials); write(near, (b.nearHazards ?? []).join(', '));
        },
      };
    }
    case 'casualty-incident': {
      const occurred = input({ id: 'body-occurred-on', type: 'date', required: true });
      const position = pointField(registry, 'body.position', { pick, onChange, legend: 'web.form.kind.place', pickLabel: 'web.form.kind.place.pick' });
      const region = input({ id: 'body-region' });
      const device = select([['', 'web.form.not-known'], ...categories], { id: 'body-device-category' });
      const model = input({ id: 'body-device-model' });
      const activity = select(casualtyActivities, { id: 'body-activity' });
      const killed = people(registry, { path: 'body.killed', idPrefix: 'killed', legend: 'web.form.people.killed', onChange });
      const injured = people(registry, { path: 'body.injured', idPrefix: 'injured', legend: 'web.form.people.injured', onChange });
      const source = input({ id: 'body-source', required: true });
      const reference = input({ id: 'body-source-reference' });
      return {
        node: [f('occurredOn', t('web.form.kind.occurred-on'), occurred), position.node, f('region', t('web.form.kind.region'), region),
          f('deviceCategory', t('web.form.kind.device-category'), device), f('deviceModel', t('web.form.kind.device-model'), model),
          f('activity', t('web.form.kind.activity'), activity), killed.node, injured.node,
          f('source', t('web.form.kind.incident-source'), source, t('web.form.kind.incident-source.hint')),
          f('sourceReference', t('web.form.kind.source-reference'), reference)],
        read: () => ({
          occurredOn: occurred.value || null, position: position.read(), region: text(region), deviceCategory: device.value || null,
          deviceModel: text(model), activity: activity.value, killed: killed.read(), injured: injured.read(),
          source: text(source) ?? '', sourceReference: text(reference),
        }),
        points: position.points,
        write: (b) => {
          write(occurred, b.occurredOn); position.write(b.position); write(region, b.region); write(device, b.deviceCategory);
          write(model, b.deviceModel); write(activity, b.activity); killed.write(b.killed); injured.write(b.injured);
          write(source, b.source); write(reference, b.sourceReference);
        },
      };
    }
    default:
      return null;
  }
}
