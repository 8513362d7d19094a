// The fields of each kind's body beyond its polygon and finds: what the Core records require
// (Completion's depth, ClearanceProgress's effort, AccidentReport's IMAS 10.60 fields...).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { bool, decimal, field, input, integer, select, text, tristate, write } from './fields.js';
import { evidence, victims } from './details.js';
import { peopleFields } from './people-fields.js';
import { pointField } from './point-field.js';
import { qualityFields } from './quality-fields.js';
import { assets, categories, contaminationTypes, hazardClasses } from './vocabulary.js';

/** { node, read(): body properties, points(): [lon, lat][] to mark on the map } for a kind. */
export function kindFields(kind, registry, { pick, onChange }) {
  const f = (path, label, control, hint) => field(registry, `body.${path}`, label, control, hint);
  const number = (props = {}) => input({ type: 'number', inputMode: 'decimal', step: 'any', min: '0', ...props });
  switch (kind.value) {
    case 'completion': {
      const depth = number({ id: 'body-depth', step: '1', required: true });
      return {
        node: f('clearanceDepthCm', t('web.form.kind.clearance-depth-cm'), depth, t('web.form.kind.clearance-depth-cm.hint')),
        read: () => ({ clearanceDepthCm: integer(depth) ?? 0 }),
        write: (b) => write(depth, b.clearanceDepthCm || null),
      };
    }
    case 'clearance-progress': {
      const days = number({ id: 'body-deminer-days' });
      const hours = number({ id: 'body-machine-hours' });
      return {
        node: [f('deminerDays', t('web.form.kind.deminer-days'), days, t('web.form.kind.deminer-days.hint')),
          f('machineHours', t('web.form.kind.machine-hours'), hours, t('web.form.kind.machine-hours.hint'))],
        read: () => ({ deminerDays: decimal(days), machineHours: decimal(hours) }),
        write: (b) => { write(days, b.deminerDays); write(hours, b.machineHours); },
      };
    }
    case 'technical-survey': {
      const confirms = input({ id: 'body-confirms-cha', type: 'checkbox' });
      const type = select(contaminationTypes, { id: 'body-contamination-type' });
      return {
        node: [f('confirmsCha', t('web.form.kind.confirms-cha'), confirms), f('contaminationType', t('web.form.kind.contamination-type'), type)],
        read: () => ({ confirmsCha: confirms.checked, ...stated(type) }),
        write: (b) => { write(confirms, b.confirmsCha); write(type, b.contaminationType); },
      };
    }
    case 'nts-create': {
      const name = input({ id: 'body-name' });
      const region = input({ id: 'body-region' });
      const hazardClass = select(hazardClasses, { id: 'body-class' });
      const type = select(contaminationTypes, { id: 'body-contamination-type' });
      const suspected = el('fieldset', { id: 'body-suspected', className: 'choices' }, el('legend', {}, t('web.form.kind.suspected-eo')),
        categories.map(([value, label]) => el('label', {}, el('input', { type: 'checkbox', value }), ' ', t(label))));
      const suspectedIssues = el('div', { id: 'body-suspected-issues', className: 'field-issues' });
      registry.add('body.suspectedCategories', suspected, suspectedIssues);
      const rows = evidence(registry, onChange);
      return {
        node: [f('name', t('web.form.kind.name'), name), f('region', t('web.form.kind.region'), region), f('class', t('web.form.kind.class'), hazardClass),
          f('contaminationType', t('web.form.kind.contamination-type'), type), suspected, suspectedIssues, rows.node],
        read: () => ({
          name: text(name), region: text(region), class: hazardClass.value, ...stated(type),
          evidence: rows.read(),
          suspectedCategories: [...suspected.querySelectorAll('input:checked')].map((c) => c.value),
        }),
        write: (b) => {
          write(name, b.name);
          write(region, b.region);
          if (b.class) hazardClass.value = b.class;
          write(type, b.contaminationType);
          for (const c of suspected.querySelectorAll('input')) c.checked = (b.suspectedCategories ?? []).includes(c.value);
          rows.write(b.evidence);
        },
      };
    }
    case 'nts-cancel':
      return { node: [], read: () => ({ evidence: [], suspectedCategories: [] }), write: () => {} };
    case 'eod-spot-task': {
      const source = input({ id: 'body-source' });
      return {
        node: f('source', t('web.form.kind.source'), source, t('web.form.kind.source.hint')),
        read: () => ({ source: text(source) }),
        write: (b) => write(source, b.source),
      };
    }
    case 'accident':
      return accident(f, registry, pick, onChange);
    default:
      return qualityFields(kind, f) ?? peopleFields(kind, f, registry, { pick, onChange }) ?? { node: [], read: () => ({}), write: () => {} };
  }
}

// A survey that states no contamination type leaves it out: the hazard keeps what an earlier survey stated.
const stated = (type) => (type.value ? { contaminationType: type.value } : {});

function accident(f, registry, pick, onChange) {
  const occurred = input({ id: 'body-occurred-at', type: 'datetime-local', required: true });
  const position = pointField(registry, 'body.position', { pick, onChange });
  const demining = input({ id: 'body-is-demining', type: 'checkbox' });
  const activity = input({ id: 'body-activity' });
  const asset = select(assets, { id: 'body-asset' });
  const cause = input({ id: 'body-cause' });
  const activation = input({ id: 'body-activation' });
  const moved = tristate({ id: 'body-item-moved' });
  const marked = tristate({ id: 'body-item-marked' });
  const device = select([['', 'web.form.not-known'], ...categories], { id: 'body-device-category' });
  const model = input({ id: 'body-device-model' });
  const depth = input({ id: 'body-depth', type: 'number', step: '1', min: '0' });
  const ground = input({ id: 'body-ground' });
  const weather = input({ id: 'body-weather' });
  const corrective = input({ id: 'body-corrective' });
  const noVictims = input({ id: 'body-no-victims', type: 'checkbox' });
  const people = victims(registry, onChange);
  return {
    node: [
      f('occurredAt', t('web.form.kind.occurred-at'), occurred), position.node,
      f('isDemining', t('web.form.kind.is-demining'), demining),
      f('activityAtTime', t('web.form.kind.activity-at-time'), activity), f('assetAtTime', t('web.form.kind.asset-at-time'), asset),
      f('deviceCategory', t('web.form.kind.device-category'), device), f('deviceModel', t('web.form.kind.device-model'), model), f('depthCm', t('web.form.kind.depth-cm'), depth),
      f('cause', t('web.form.kind.cause'), cause), f('activationMethod', t('web.form.kind.activation-method'), activation),
      f('itemMoved', t('web.form.kind.item-moved'), moved), f('itemMarked', t('web.form.kind.item-marked'), marked),
      f('groundConditions', t('web.form.kind.ground-conditions'), ground), f('weather', t('web.form.kind.weather'), weather), f('correctiveAction', t('web.form.kind.corrective-action'), corrective),
      f('noVictims', t('web.form.kind.no-victims'), noVictims), people.node,
    ],
    read: () => ({
      occurredAt: occurred.value ? new Date(occurred.value).toISOString() : null,
      position: position.read(),
      isDemining: demining.checked,
      activityAtTime: text(activity), assetAtTime: asset.value || null, cause: text(cause), activationMethod: text(activation),
      itemMoved: bool(moved), itemMarked: bool(marked), deviceCategory: device.value || null, deviceModel: text(model),
      depthCm: integer(depth), groundConditions: text(ground), weather: text(weather), correctiveAction: text(corrective),
      victims: people.read(), noVictims: noVictims.checked ? true : null,
    }),
    points: position.points,
    write: (b) => {
      write(occurred, b.occurredAt ? localTime(new Date(b.occurredAt)) : null);
      position.write(b.position);
      write(demining, b.isDemining);
      write(activity, b.activityAtTime);
      write(asset, b.assetAtTime);
      write(cause, b.cause);
      write(activation, b.activationMethod);
      write(moved, b.itemMoved);
      write(marked, b.itemMarked);
      write(device, b.deviceCategory);
      write(model, b.deviceModel);
      write(depth, b.depthCm);
      write(ground, b.groundConditions);
      write(weather, b.weather);
      write(corrective, b.correctiveAction);
      write(noVictims, b.noVictims);
      people.write(b.victims);
    },
  };
}

// A datetime-local control's value for an instant, in the browser's time zone.
function localTime(d) {
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
