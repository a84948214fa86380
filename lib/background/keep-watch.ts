import { browser } from '#imports';
import { createTranslator, resolveLanguage } from '../i18n';
import { localToday } from '../notes/provenance';
import { mayNotify } from '../settings/reminders-permission';
import { anyDue, remindersFor } from '../sims/reminder';
import { simStatuses } from '../sims/sim-status';
import { watchSims } from '../sims/sims-storage';
import { showKeepMark } from './badge';
import { readReader, simLookups } from './reader';

/** Once a day, and whenever the SIMs change: the badge's mark, and reminders when the reader wants them. */
const alarmName = 'dialwise-keep-number';
const dayInMinutes = 24 * 60;

/** A check that fails (storage unreadable, a notification refused) leaves the badge as it was; the next alarm or change tries again. */
function checkQuietly(remind: boolean): void {
  check(remind).catch(() => {});
}

async function check(remind: boolean): Promise<void> {
  const { sims, settings } = await readReader();
  const statuses = simStatuses(sims, simLookups, localToday());
  const i18n = createTranslator(resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
  const due = anyDue(statuses);
  await showKeepMark(due, i18n.t(due ? 'badgeKeepTitle' : 'extName'));
  if (!remind || !settings.keepReminders || !(await mayNotify())) return;
  for (const reminder of remindersFor(statuses, i18n)) {
    await browser.notifications.create(reminder.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: reminder.title,
      message: reminder.message,
    });
  }
}

/** Starts the watch; called when the background starts, so its listeners are in place on every wake-up. */
export function startKeepWatch(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === alarmName) checkQuietly(true);
  });
  void browser.alarms.get(alarmName).then((alarm) => {
    if (!alarm) void browser.alarms.create(alarmName, { delayInMinutes: 1, periodInMinutes: dayInMinutes });
  });
  watchSims(() => checkQuietly(false));
  checkQuietly(false);
}
