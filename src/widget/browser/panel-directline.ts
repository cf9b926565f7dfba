import { startPanel } from './panel';
import { directLineTransport } from './directline-transport';

/** Entry of the panel bundle for the default transport: the service's own Direct Line. */
startPanel(directLineTransport);
