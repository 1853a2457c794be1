/** The steps from the published status list: done, now (or where it stopped), still to come. */
import { h } from '../../dom.js';

export function drawSteps(list, statuses, status, lastWorking) {
  const complete = statuses.isComplete(status.status);
  const failed = statuses.isFailed(status.status);
  const current = statuses.find(failed ? lastWorking?.status : status.status);
  list.replaceChildren(...statuses.steps().map((step) => {
    let state = 'todo';
    if (complete || (current && step.index < current.index)) {
      state = 'done';
    } else if (current && step.index === current.index) {
      state = failed ? 'stopped' : 'now';
    }
    const spoken = { done: ' (done)', now: ' (now)', stopped: ' (stopped here)', todo: '' }[state];
    return h('li', { class: ['step', `step-${state}`], 'aria-current': state === 'now' ? 'step' : null },
      h('span', { class: 'step-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'step-label' }, statuses.stepLabel(step, status.progress)),
      h('span', { class: 'visually-hidden' }, spoken));
  }));
}
