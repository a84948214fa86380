import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { OptionsView } from '../../components/OptionsView';
import { createTranslator, resolveLanguage } from '../../lib/i18n';
import type { Settings, SettingsField } from '../../lib/settings/settings';
import { getSettings, updateSettings, watchSettings } from '../../lib/settings/settings-storage';

/** Reads and writes the settings; every open page follows through its storage watcher. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resetFields, setResetFields] = useState<SettingsField[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void getSettings().then((parsed) => {
      setSettings(parsed.settings);
      setResetFields(parsed.invalid);
    });
    return watchSettings(setSettings);
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
  return (
    <OptionsView
      i18n={i18n}
      settings={settings}
      resetFields={resetFields}
      saved={saved}
      onChange={(change) =>
        void updateSettings(change).then((next) => {
          setSettings(next);
          setResetFields([]);
          setSaved(true);
        })
      }
    />
  );
}
