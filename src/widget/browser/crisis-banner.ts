import type { WidgetCopy } from '../../../dialogs/copy/widget';
import { moreUrgent, type BannerTier } from '../shared/crisis';

/**
 * The 988 banner above the conversation, shown on the bot's crisis reply. Its container is a role="alert" live
 * region that is in the page from the start (empty), so filling it is announced by screen readers. Tap-to-call
 * and tap-to-text work on phones; the chat link opens the Lifeline's site in a new tab. It stays for the rest
 * of the conversation: the person may need it later more than now.
 */
export class CrisisBanner {
  private tier: BannerTier | undefined;

  constructor(private readonly region: HTMLElement) {}

  get shownTier(): BannerTier | undefined {
    return this.tier;
  }

  show(tier: BannerTier, copy: WidgetCopy): void {
    if (!moreUrgent(this.tier, tier) && this.region.childElementCount > 0) return;
    this.tier = tier;
    const title = el('p', 'crisis__title', copy.crisisTitle);
    const body = el('p', 'crisis__body', copy.crisisBody);
    const actions = el('ul', 'crisis__actions');
    actions.append(
      item(link('tel:988', copy.crisisCall, 'crisis__action')),
      item(link('sms:988', copy.crisisText, 'crisis__action')),
      item(link(copy.crisisChatUrl, copy.crisisChat, 'crisis__action crisis__action--secondary', true)),
    );
    this.region.setAttribute('data-tier', tier);
    this.region.replaceChildren(title, body, actions);
  }

  clear(): void {
    this.tier = undefined;
    this.region.replaceChildren();
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function item(child: HTMLElement): HTMLLIElement {
  const li = document.createElement('li');
  li.append(child);
  return li;
}

function link(href: string, text: string, className: string, newTab = false): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  // tel: and sms: hand over to the phone's dialer or messages app without leaving the chat.
  if (newTab) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }
  return a;
}
