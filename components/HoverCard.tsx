import type { Translator } from '../lib/i18n';
import type { CardContent } from '../lib/page/card-content';
import { CarrierCard } from './CarrierCard';
import { NumberCard } from './NumberCard';
import { ProductCard } from './ProductCard';
import { ShortCodeCard } from './ShortCodeCard';
import { SimLines } from './SimLines';

interface HoverCardProps {
  content: CardContent;
  homeRegion: string;
  i18n: Translator;
  /** Today as YYYY-MM-DD: offers past their end are not shown. */
  today: string;
  onClose(): void;
}

/** The card the content script shows next to a marked number or carrier name, inside its shadow root. */
export function HoverCard({ content, homeRegion, i18n, today, onClose }: HoverCardProps) {
  const title =
    content.kind === 'carrier'
      ? i18n.localized(content.carrier.names)
      : content.kind === 'unconfirmed-product'
        ? content.name
        : content.finding.text;
  return (
    <div
      class="dw-card"
      role="dialog"
      aria-label={title}
      lang={i18n.language}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="dw-card-header">
        <span class="dw-card-title">{title}</span>
        <button type="button" class="dw-close" onClick={onClose} aria-label={i18n.t('close')}>
          ×
        </button>
      </header>
      {content.kind === 'carrier' ? (
        <CarrierCard carrier={content.carrier} i18n={i18n} today={today} brief showName={false} />
      ) : content.kind === 'unconfirmed-product' ? (
        <ProductCard claimedFor={content.claimedFor} i18n={i18n} />
      ) : content.kind === 'short-code' ? (
        <ShortCodeCard
          code={content.finding.shortCode}
          region={content.finding.region}
          description={content.description}
          i18n={i18n}
        />
      ) : content.description ? (
        <>
          <NumberCard
            description={content.description}
            homeRegion={homeRegion}
            i18n={i18n}
            originalCarrier={content.originalCarrier}
            regionRule={content.regionRule}
            messengers={content.mine?.messengers}
          />
          {content.mine && (
            <SimLines lines={content.mine.lines} where={content.mine.where} i18n={i18n} today={today} />
          )}
        </>
      ) : (
        <p class="dw-hint">{i18n.t('errorNotANumber')}</p>
      )}
    </div>
  );
}
