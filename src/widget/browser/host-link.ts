import { isHostToPanel, type HostToPanel, type PanelToHost } from '../shared/frame-messages';

/**
 * The panel's side of the postMessage link with the launcher. The host page's origin is not known in advance
 * (any clinic site may embed the widget), so messages go to '*': they carry no personal data. Commands are
 * only taken from the parent window.
 */
export class HostLink {
  readonly embedded = window.parent !== window;

  constructor(onCommand: (command: HostToPanel) => void) {
    window.addEventListener('message', (event) => {
      if (event.source !== window.parent || !isHostToPanel(event.data)) return;
      onCommand(event.data);
    });
  }

  send(message: PanelToHost): void {
    if (this.embedded) window.parent.postMessage(message, '*');
  }
}
