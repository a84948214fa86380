import type { CountryCode } from 'libphonenumber-js';
import { isSupportedRegion, supportedRegions } from '@/lib/phone/supported-regions';
import type { MessageKey, Translator } from '../lib/i18n';
import { flagOf } from './labels';

interface RegionPickerProps {
  /** The region chosen; null for the empty choice. */
  value: string | null;
  i18n: Translator;
  label?: MessageKey;
  hint?: MessageKey;
  /** A first choice that means "none" (e.g. "At home"); without it a region is always chosen. */
  emptyChoice?: MessageKey;
  onChange(region: CountryCode | null): void;
}

/** A region, by name: the home region, or where the reader is now. */
export function RegionPicker({
  value,
  i18n,
  label = 'homeRegionLabel',
  hint = 'homeRegionHint',
  emptyChoice,
  onChange,
}: RegionPickerProps) {
  const collator = new Intl.Collator(i18n.language);
  const regions = supportedRegions
    .map((code) => ({ code, name: i18n.regionName(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <label class="dw-field">
      <span>{i18n.t(label)}</span>
      <select
        value={value ?? ''}
        onChange={(event) => {
          const region = event.currentTarget.value;
          if (isSupportedRegion(region)) onChange(region);
          else if (region === '' && emptyChoice) onChange(null);
        }}
      >
        {emptyChoice && <option value="">{i18n.t(emptyChoice)}</option>}
        {regions.map(({ code, name }) => (
          <option key={code} value={code}>
            {flagOf(code)} {name}
          </option>
        ))}
      </select>
      <span class="dw-hint">{i18n.t(hint)}</span>
    </label>
  );
}
