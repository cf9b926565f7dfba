import { startPanel } from './panel';
import { twilioTransport } from './twilio-transport';

/** Entry of the panel bundle for data-transport="twilio": Web Chat on Twilio Conversations. */
startPanel(twilioTransport);
