/**
 * Platform time formats. WeChat Pay works in Beijing time (UTC+8, no DST):
 * RFC 3339 with "+08:00" (create_time, authorization_success_time …) and
 * compact `yyyyMMddHHmmss` / `yyyyMMdd` (service times, openorclose_time).
 */
const BEIJING_OFFSET_MS = 8 * 3600_000;

function beijingParts(epochMs: number) {
  const iso = new Date(Math.floor(epochMs / 1000) * 1000 + BEIJING_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** `2015-05-20T13:29:35+08:00`. */
export function rfc3339(epochMs: number): string {
  const { date, time } = beijingParts(epochMs);
  return `${date}T${time}+08:00`;
}

/** `yyyyMMddHHmmss`. */
export function compactTime(epochMs: number): string {
  const { date, time } = beijingParts(epochMs);
  return `${date.replace(/-/g, "")}${time.replace(/:/g, "")}`;
}

/**
 * Parses `yyyyMMddHHmmss` or `yyyyMMdd` (Beijing time) to epoch ms; day
 * precision means 00:00:00. Undefined when the text is not a real date.
 */
export function parseServiceTime(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour = "0", minute = "0", second = "0"] = match.slice(1).map((part) => part ?? "0");
  const utc = Date.UTC(+year!, +month! - 1, +day!, +hour, +minute, +second);
  // Reject roll-overs such as 20240230 or hour 25.
  if (compactTime(utc - BEIJING_OFFSET_MS).slice(0, text.length) !== text) return undefined;
  return utc - BEIJING_OFFSET_MS;
}

/** Start of the Beijing day containing `epochMs`. */
export function beijingDayStart(epochMs: number): number {
  return Math.floor((epochMs + BEIJING_OFFSET_MS) / 86_400_000) * 86_400_000 - BEIJING_OFFSET_MS;
}
