import type { Carrier } from '../lib/carriers/schema';
import type { Translator } from '../lib/i18n';
import { flagOf } from './labels';

interface ProductCardProps {
  /** The carrier pages claim the product for. */
  claimedFor: Carrier;
  i18n: Translator;
}

/** A product name no source ties to a carrier: the card says so instead of naming the carrier. */
export function ProductCard({ claimedFor, i18n }: ProductCardProps) {
  return (
    <div class="dw-product">
      <p class="dw-hint">
        <span class="dw-flag" aria-hidden="true">
          {flagOf(claimedFor.region)}{' '}
        </span>
        {i18n.t('cardProductUnconfirmed', i18n.localized(claimedFor.names))}
      </p>
    </div>
  );
}
