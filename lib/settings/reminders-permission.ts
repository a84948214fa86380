import { browser } from '#imports';

/**
 * Reminders need `notifications`, an optional permission asked for only when the reader turns them
 * on. Call it straight from the click: browsers grant a request only during the reader's gesture.
 * Resolves whether reminders may be on.
 */
export function allowReminders(on: boolean): Promise<boolean> {
  const notifications = { permissions: ['notifications' as const] };
  // Turned off, the permission is given back: it is held only while reminders are on.
  if (!on) {
    return browser.permissions
      .remove(notifications)
      .catch(() => false)
      .then(() => false);
  }
  return browser.permissions.request(notifications).catch(() => false);
}

/** Whether notifications may be shown now (the reader may have withdrawn the permission since). */
export function mayNotify(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
}
