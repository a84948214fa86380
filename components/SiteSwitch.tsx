import type { Translator } from '../lib/i18n';

interface SiteSwitchProps {
  hostname: string;
  enabled: boolean;
  i18n: Translator;
  onChange(enabled: boolean): void;
}

/** Turns marking on or off for the current site. */
export function SiteSwitch({ hostname, enabled, i18n, onChange }: SiteSwitchProps) {
  return (
    <label class="dw-switch">
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        aria-checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{i18n.t('siteSwitchLabel', hostname)}</span>
    </label>
  );
}
