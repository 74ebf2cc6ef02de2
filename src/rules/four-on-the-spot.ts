import { isWorkingTime, parseDuration, toWorkingHours } from '../model/duration.js';
import type { Procedure } from '../model/types.js';
import { criticalPath } from '../time/critical-path.js';
import { formatWorkingTime } from '../time/units.js';
import { defineRule } from './define-rule.js';
import { workingTime } from './options.js';
import { writtenAt, yamlName } from './written-value.js';
import { stepDuration } from '../model/step-days.js';

/**
 * Every body of a file without `bodies`, as the map to write: the one-stop unit marked `single_window: true`, the
 * bodies of `onSite` (the steps' bodies not at the centre, the same map for every step reported) `on_site: true` (`TTPVHCCX: { name: …, single_window: true }, CCKT: { name: …, on_site: true }`).
 */
function bodiesMap(bodies: Procedure['bodies'], onSite: ReadonlySet<string>): string {
  return Object.entries(bodies)
    .map(([key, body]) => {
      const mark = body.single_window === true ? ', single_window: true' : onSite.has(key) ? ', on_site: true' : '';
      return `${key}: { name: ${yamlName(body.name)}${mark} }`;
    })
    .join(', ');
}

/**
 * "Four on the spot" (4 tại chỗ) promises that the dossier is received, appraised, approved and returned at the
 * centre: a step at a body that is not there, or a total longer than a visit, breaks that promise.
 */
export const rule = defineRule({
  id: 'four-on-the-spot',
  description: {
    en: 'A four-on-the-spot procedure must be done by bodies at the centre, within what "on the spot" can mean',
    vi: 'Quy trình 4 tại chỗ phải do các đơn vị làm việc tại Trung tâm thực hiện, trong thời gian có thể gọi là "tại chỗ"',
  },
  severity: 'error',
  recommended: true,
  options: { max: workingTime('1d') },
  messages: {
    offSite: {
      en: 'Step "{step}" is done by "{name}", which is not at the centre, in a four-on-the-spot procedure; if its staff work there, write `on_site: true` in its entry of `bodies`: {key}: {entry}',
      vi: 'Bước "{step}" do "{name}" thực hiện, đơn vị này không làm việc tại Trung tâm, trong quy trình 4 tại chỗ; nếu đơn vị có người làm việc tại Trung tâm, ghi "on_site: true" vào mục của đơn vị trong "bodies": {key}: {entry}',
    },
    offSiteUndeclared: {
      en: 'Step "{step}" is done by "{name}", which is not at the centre, in a four-on-the-spot procedure; if its staff work there, declare it so, with every body the steps name (once `bodies` is written, each body must be in it): bodies: {{map}}',
      vi: 'Bước "{step}" do "{name}" thực hiện, đơn vị này không làm việc tại Trung tâm, trong quy trình 4 tại chỗ; nếu đơn vị có người làm việc tại Trung tâm, hãy khai báo như vậy, cùng mọi đơn vị mà các bước ghi (khi đã có "bodies", mỗi đơn vị đều phải được khai báo ở đó): bodies: {{map}}',
    },
    tooLong: {
      en: 'A four-on-the-spot procedure takes {total} on its critical path, more than the {max} that "on the spot" allows: {path}',
      vi: 'Quy trình 4 tại chỗ mất {total} theo đường găng, quá {max} có thể gọi là "tại chỗ": {path}',
    },
    calendarDays: {
      en: 'Step "{step}" is counted in calendar days ({duration}), which cannot be done on the spot',
      vi: 'Bước "{step}" tính theo ngày lịch ({duration}), không thể thực hiện tại chỗ',
    },
  },
  check({ source, procedure, flow, calendar, options, lang, report }) {
    if (procedure.four_on_the_spot !== true) return;
    const maxDuration = parseDuration(options.max);
    const maxHours = maxDuration && toWorkingHours(maxDuration, calendar.hoursPerDay);
    if (maxHours === undefined)
      throw new Error(`Option "max" must be a working time such as "1d" or "4h", not "${options.max}"`);
    const bodyOf = (step: Procedure['steps'][number]) =>
      Object.hasOwn(procedure.bodies, step.body) ? procedure.bodies[step.body]! : undefined;
    // An undeclared body is known-body's to report; a draft step's body is a placeholder, draft-steps' to report.
    const offSite = (step: Procedure['steps'][number]) => {
      const body = bodyOf(step);
      return body !== undefined && step.draft !== true && body.on_site !== true && body.single_window !== true;
    };
    const away = new Set(procedure.steps.filter(offSite).map((step) => step.body));
    procedure.steps.forEach((step, i) => {
      const body = bodyOf(step);
      if (body && offSite(step)) {
        // A file without `bodies` has its bodies named by keys procmap made: say where the mark goes.
        // Once written, `bodies` is the only list of bodies: the map names them all, or the others become unknown.
        const declared = writtenAt(source, ['bodies']) !== undefined;
        report({
          messageId: declared ? 'offSite' : 'offSiteUndeclared',
          data: {
            step: step.id,
            name: body.name,
            key: step.body,
            entry: `{ name: ${yamlName(body.name)}, on_site: true }`,
            map: declared ? '' : bodiesMap(procedure.bodies, away),
          },
          path: ['steps', i, 'body'],
        });
      }
    });
    const durations = procedure.steps.map((step) => stepDuration(step.duration, procedure.time_limit));
    if (durations.some((d) => d === undefined)) return;
    const dayStep = durations.findIndex((d) => !isWorkingTime(d!));
    if (dayStep >= 0) {
      const step = procedure.steps[dayStep]!;
      report({
        messageId: 'calendarDays',
        data: { step: step.id, duration: step.duration },
        path: ['steps', dayStep, 'duration'],
      });
      return;
    }
    const hours = durations.map((d) => toWorkingHours(d!, calendar.hoursPerDay)!);
    const result = criticalPath(flow, (i) => hours[i]!);
    if (!result || result.total <= maxHours + 1e-9) return;
    report({
      messageId: 'tooLong',
      data: {
        total: formatWorkingTime(result.total, calendar.hoursPerDay, lang),
        max: formatWorkingTime(maxHours, calendar.hoursPerDay, lang),
        path: result.path.map((i) => procedure.steps[i]!.id).join(' → '),
      },
      path: ['four_on_the_spot'],
    });
  },
});
