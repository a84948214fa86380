import type { CountryCode } from 'libphonenumber-js';
import type { Translator } from '../lib/i18n';
import { RegionPicker } from './RegionPicker';

interface HomeAndNowProps {
  i18n: Translator;
  homeRegion: string;
  /** Where the reader is now; null while at home. */
  currentRegion: string | null;
  onHomeRegionChange(region: CountryCode): void;
  onCurrentRegionChange(region: CountryCode | null): void;
}

/** The home region, and beside it where the reader is now (at home until they say otherwise). */
export function HomeAndNow(props: HomeAndNowProps) {
  return (
    <div class="dw-regions">
      <RegionPicker
        value={props.homeRegion}
        i18n={props.i18n}
        onChange={(region) => region && props.onHomeRegionChange(region)}
      />
      <RegionPicker
        value={props.currentRegion}
        i18n={props.i18n}
        label="currentRegionLabel"
        hint="currentRegionHint"
        emptyChoice="currentRegionAtHome"
        onChange={props.onCurrentRegionChange}
      />
    </div>
  );
}
