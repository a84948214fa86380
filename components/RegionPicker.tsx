import type { CountryCode } from 'libphonenumber-js';
import { isSupportedRegion, supportedRegions } from '@/lib/phone/supported-regions';
import type { Translator } from '../lib/i18n';
import { flagOf } from './labels';

interface RegionPickerProps {
  value: string;
  i18n: Translator;
  onChange(region: CountryCode): void;
}

/** The home region: numbers are explained as dialled from there. */
export function RegionPicker({ value, i18n, onChange }: RegionPickerProps) {
  const collator = new Intl.Collator(i18n.language);
  const regions = supportedRegions
    .map((code) => ({ code, name: i18n.regionName(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <label class="dw-field">
      <span>{i18n.t('homeRegionLabel')}</span>
      <select
        value={value}
        onChange={(event) => {
          const region = event.currentTarget.value;
          if (isSupportedRegion(region)) onChange(region);
        }}
      >
        {regions.map(({ code, name }) => (
          <option key={code} value={code}>
            {flagOf(code)} {name}
          </option>
        ))}
      </select>
      <span class="dw-hint">{i18n.t('homeRegionHint')}</span>
    </label>
  );
}
