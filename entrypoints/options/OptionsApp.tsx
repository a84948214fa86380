import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { OptionsView } from '../../components/OptionsView';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import { allowReminders } from '../../lib/settings/reminders-permission';
import type { Settings, SettingsField } from '../../lib/settings/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';
import type { ParsedSims } from '../../lib/sims/sim';
import { simEditing } from '../../lib/sims/sim-editing';
import { getSims, setSims, watchSims } from '../../lib/sims/sims-storage';

/** Reads and writes the settings and the SIMs; every open page follows through its storage watcher. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetFields, setResetFields] = useState<SettingsField[]>([]);
  const [saved, setSaved] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [sims, setSimsRead] = useState<ParsedSims | null>(null);
  const [remindersDenied, setRemindersDenied] = useState(false);

  useEffect(() => {
    void getSettings().then((parsed) => {
      setSettings(parsed.settings);
      setResetFields(parsed.invalid);
    });
    void getSims().then(setSimsRead);
    const unwatch = [watchSims(setSimsRead), watchSettings(setSettings)];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  const i18n = useMemo(
    () => createTranslator(resolveLanguage(settings?.uiLanguage ?? 'auto', browser.i18n.getUILanguage())),
    [settings?.uiLanguage],
  );
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('optionsTitle');
  }, [i18n]);

  if (!settings) return null;
  const change = (change: Partial<Settings>) =>
    void updateSettings(change).then((next) => {
      setSettings(next);
      setResetFields([]);
      setSaved(true);
    });
  return (
    <OptionsView
      i18n={i18n}
      settings={settings}
      resetFields={resetFields}
      saved={saved}
      saveFailed={saveFailed}
      sims={sims}
      editing={simEditing}
      remindersDenied={remindersDenied}
      onChange={change}
      onSimsChange={(next) =>
        void setSims(next).then(
          () => {
            setSaved(true);
            setSaveFailed(false);
          },
          () => setSaveFailed(true),
        )
      }
      onRemindersChange={(on) =>
        void allowReminders(on).then((allowed) => {
          setRemindersDenied(on && !allowed);
          change({ keepReminders: allowed });
        })
      }
    />
  );
}
