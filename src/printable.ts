/**
 * Values from the wire (header values, ids, event types) put into error
 * messages, which end up in logs: only short printable ASCII is shown, so a
 * secret pasted into the wrong header, a line break or a very long value
 * never reaches a log. Callers choose the placeholder for anything else.
 */
export function printable(value: string, maxLength = 64): string | undefined {
  return value.length <= maxLength && /^[\x21-\x7e]+$/.test(value) ? value : undefined;
}
