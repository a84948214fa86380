import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { render } from 'preact';
import { createTranslator, type Language, type Translator } from '@/lib/i18n';
import { localToday } from '@/lib/notes/provenance';
import type { CardView } from '@/lib/page/card-content';
import cardCss from './card.css?inline';
import { HoverCard } from './HoverCard';
import baseCss from './style.css?inline';

const translators = new Map<Language, Translator>();
function translatorFor(language: Language): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = createTranslator(language);
    translators.set(language, translator);
  }
  return translator;
}

export const cardView: CardView = {
  // The components' custom properties are declared on :root, which inside a shadow root is its host.
  css: `${baseCss}\n${cardCss}`.replaceAll(':root', ':host'),
  async show(container, anchor, { content, homeRegion, language }, onClose, current) {
    render(
      <div class="dw-float">
        <HoverCard
          content={content}
          homeRegion={homeRegion}
          i18n={translatorFor(language)}
          today={localToday()}
          onClose={onClose}
        />
      </div>,
      container,
    );
    const float = container.querySelector<HTMLElement>('.dw-float');
    if (!float) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const { x, y } = await computePosition(reference, float, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(6), flip(), shift({ padding: 8 })],
    });
    if (!current()) return;
    float.style.left = `${x}px`;
    float.style.top = `${y}px`;
  },
  clear(container) {
    render(null, container);
  },
};
