import { isHostToPanel, type HostToPanel, type PanelToHost } from '../shared/frame-messages';

/**
 * The panel's side of the postMessage link with the launcher. Messages go to the clinic page's origin only,
 * as the launcher named it in the iframe's fragment (frame-fragment.ts): the panel's state can carry a Direct
 * Line token, which no other page may receive. Without a usable origin the panel posts nothing (it still
 * works as a chat; the launcher just hears nothing from it). Commands are taken only from the parent window
 * at that origin.
 */
export class HostLink {
  readonly embedded = window.parent !== window;

  constructor(
    private readonly hostOrigin: string | undefined,
    onCommand: (command: HostToPanel) => void,
  ) {
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || event.origin !== this.hostOrigin || !isHostToPanel(event.data)) return;
      onCommand(event.data);
    });
  }

  send(message: PanelToHost): void {
    if (this.embedded && this.hostOrigin) window.parent.postMessage(message, this.hostOrigin);
  }
}
