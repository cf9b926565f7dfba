import { startPanel } from './panel';
import { directLineTransport } from './directline-transport';

/** Entry of the panel bundle for data-transport="twilio" (placeholder until the Twilio transport lands). */
startPanel(directLineTransport);
