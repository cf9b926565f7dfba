import { parseXml, textContent, XmlParseError, type XmlElement } from './xml';

/**
 * Turns a bot's webhook response into the messages Twilio would send, the way Messaging TwiML works:
 * the root is <Response>; each <Message> is one outbound message, sent in document order; its text is either
 * its own text or a <Body> child (with <Media> children alongside); `to` and `from` attributes override the
 * default (reply to the sender, from the number that was texted); `statusCallback` (or the older `action`)
 * asks for status callbacks. An empty <Response/> sends nothing.
 * What the stand-in does not do is reported as a warning rather than silently dropped: <Redirect> (Twilio
 * would fetch more TwiML), unknown verbs, and a <Message> with nothing to send.
 */

export interface TwimlReply {
  body: string;
  to: string | null;
  from: string | null;
  statusCallback: string | null;
  mediaCount: number;
}

export interface TwimlResult {
  replies: TwimlReply[];
  warnings: string[];
}

export class TwimlError extends Error {
  constructor(
    message: string,
    /** Twilio's error code: 12100 document parse failure, 12200 schema validation. */
    readonly code: 12100 | 12200,
  ) {
    super(message);
  }
}

export function parseMessagingTwiml(xml: string): TwimlResult {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlParseError) throw new TwimlError(`document parse failure: ${error.message}`, 12100);
    throw error;
  }
  if (root.name !== 'Response') throw new TwimlError(`the root element is <${root.name}>, not <Response>`, 12200);

  const replies: TwimlReply[] = [];
  const warnings: string[] = [];
  for (const child of root.children) {
    if (typeof child === 'string') {
      if (child.trim()) warnings.push('text directly inside <Response> is ignored');
      continue;
    }
    if (child.name === 'Message') {
      const reply = messageVerb(child);
      if (reply.body || reply.mediaCount > 0) replies.push(reply);
      else warnings.push('a <Message> with no body and no media was not sent');
    } else if (child.name === 'Redirect') {
      warnings.push('<Redirect> is not supported by the stand-in; nothing was fetched');
    } else {
      warnings.push(`<${child.name}> is not a Messaging TwiML verb and was ignored`);
    }
  }
  return { replies, warnings };
}

function messageVerb(element: XmlElement): TwimlReply {
  const nested = element.children.filter((c): c is XmlElement => typeof c !== 'string');
  const bodyElement = nested.find((c) => c.name === 'Body');
  // Twilio sends the text without the indentation of pretty-printed TwiML, so surrounding whitespace goes.
  const body = (bodyElement ? textContent(bodyElement) : element.children.filter((c) => typeof c === 'string').join('')).trim();
  const attributes = element.attributes;
  return {
    body,
    to: attributes.to ?? null,
    from: attributes.from ?? null,
    statusCallback: attributes.statusCallback ?? attributes.action ?? null,
    mediaCount: nested.filter((c) => c.name === 'Media').length,
  };
}
