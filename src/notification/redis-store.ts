/**
 * `payscore-acquiringbank/redis`: a `NotificationStore` shared by every
 * instance of the notification endpoint, on Redis through the official
 * client, node-redis (`redis` on npm, an optional peer dependency of this
 * package). This entry imports nothing from `redis` itself: it takes the
 * client you created (`createClient`, `createCluster` or `createClientPool`),
 * whose own connection handling, reconnects and cluster routing it uses.
 *
 * ## Layout
 * One string key per notification id, `<keyPrefix>{<id>}`, holding JSON:
 *  - `{"state":"claimed","owner":…,"digest":…}` with the lease as its TTL (PX);
 *  - `{"state":"done","digest":…}` with `retentionMs` as its TTL.
 * The id is a Redis Cluster hash tag (`{…}`): every key this store derives
 * from one id hashes to the same slot, so each script touches one slot.
 *
 * ## Commands (one round trip each; a Lua script run with EVALSHA, EVAL when the server does not know it yet)
 *  - claim:    `SET key claimed NX PX leaseMs`; when it was not set, the current value in the same script.
 *  - renew:    if the key is this owner's claim, `PEXPIRE key leaseMs`.
 *  - markDone: if the key is this owner's claim, `SET key done PX retentionMs`.
 *  - release:  if the key is this owner's claim, `DEL key`.
 * The owner check and the write run in one script, so they are atomic: a
 * worker whose lease ran out cannot renew, finish or drop the claim of the
 * worker that took over.
 *
 * ## Failures
 * Every method rejects with the client's error when Redis cannot be reached;
 * the handler answers 500 and WeChat Pay retries. Create the client with
 * `disableOfflineQueue: true` so commands fail at once while it reconnects
 * instead of waiting (WeChat gives up on an answer after 5 s), and give it an
 * `error` listener (node-redis requires one). Done marks survive a Redis
 * restart only with persistence (`appendonly yes`).
 */
import { hexEncode, utf8Decode, utf8Encode } from "../encoding.js";
import { ConfigError } from "../errors.js";
import { NotificationStoreError } from "./errors.js";
import { DEFAULT_RETENTION_MS, checkPositiveMs, type Claim, type NotificationStore } from "./store.js";

/** Arguments of EVAL / EVALSHA as node-redis takes them. */
export interface RedisEvalOptions {
  keys: string[];
  arguments: string[];
}

/**
 * What the store needs from a node-redis client: EVAL and EVALSHA. A
 * `RedisClientType` (createClient), `RedisClusterType` (createCluster) or
 * `RedisClientPoolType` (createClientPool) fits, connected by you.
 */
export interface RedisScriptClient {
  eval(script: string, options: RedisEvalOptions): Promise<unknown>;
  evalSha(sha1: string, options: RedisEvalOptions): Promise<unknown>;
}

export interface RedisNotificationStoreOptions {
  /** A connected node-redis client (see `RedisScriptClient`). */
  client: RedisScriptClient;
  /** Put before every key; default `DEFAULT_REDIS_KEY_PREFIX`. Give each environment sharing a Redis its own. */
  keyPrefix?: string;
  /** How long a done mark is kept, in ms. Default `DEFAULT_RETENTION_MS` (longer than WeChat's longest retry schedule). */
  retentionMs?: number;
}

/** The default `keyPrefix`: keys look like `payscore:notification:{EV-2018022511223320873}`. */
export const DEFAULT_REDIS_KEY_PREFIX = "payscore:notification:";

// KEYS[1]: the notification's key. ARGV[1]: the operation.
// claim:                 ARGV[2] the claimed entry (JSON), ARGV[3] the lease (ms) → nil when claimed now, else the value held.
// renew / done / release: ARGV[2] the owner, ARGV[3] the lease or retention (ms) → 1 when done, 0 when not the owner.
const SCRIPT = `
local op = ARGV[1]
if op == 'claim' then
  if redis.call('SET', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[3]) then return false end
  return redis.call('GET', KEYS[1])
end
local value = redis.call('GET', KEYS[1])
if not value then return 0 end
local entry = cjson.decode(value)
if entry.state ~= 'claimed' or entry.owner ~= ARGV[2] then return 0 end
if op == 'renew' then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
elseif op == 'done' then
  redis.call('SET', KEYS[1], cjson.encode({state = 'done', digest = entry.digest}), 'PX', ARGV[3])
elseif op == 'release' then
  redis.call('DEL', KEYS[1])
else
  return redis.error_reply('unknown operation')
end
return 1
`;

let scriptSha1: Promise<string> | undefined;

/** SHA-1 of the script (what EVALSHA names it by), hex, computed once. */
function sha1(): Promise<string> {
  scriptSha1 ??= crypto.subtle.digest("SHA-1", utf8Encode(SCRIPT) as Uint8Array<ArrayBuffer>).then((digest) => hexEncode(new Uint8Array(digest)));
  return scriptSha1;
}

/**
 * `NotificationStore` on Redis (see the top of this file for the layout and
 * the commands). Rejects with the client's own error when Redis fails; with
 * NotificationStoreError "invalid-claim" when the key holds something this
 * store did not write (another application using the same prefix).
 */
export class RedisNotificationStore implements NotificationStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;
  readonly #retentionMs: string;

  constructor(options: RedisNotificationStoreOptions) {
    const client = options?.client;
    if (typeof client?.eval !== "function" || typeof client.evalSha !== "function") {
      throw new ConfigError("options.client must be a node-redis client (createClient, createCluster or createClientPool)");
    }
    const prefix = options.keyPrefix ?? DEFAULT_REDIS_KEY_PREFIX;
    if (typeof prefix !== "string" || /[{}]/.test(prefix)) throw new ConfigError("options.keyPrefix must be a string without { or }");
    this.#client = client;
    this.#prefix = prefix;
    this.#retentionMs = wholeMs(options.retentionMs ?? DEFAULT_RETENTION_MS, "retentionMs");
  }

  /** The Redis key that holds `id`: `<keyPrefix>{<id>}` (the braces are the Cluster hash tag). */
  key(id: string): string {
    return `${this.#prefix}{${id}}`;
  }

  /** `SET key claimed NX PX leaseMs` (leaseMs rounded up to whole ms), else what the key holds. See `NotificationStore.claim`. */
  async claim(id: string, owner: string, leaseMs: number, digest: string): Promise<Claim> {
    const entry = JSON.stringify({ state: "claimed", owner, digest });
    const reply = await this.#run(id, "claim", entry, wholeMs(leaseMs, "leaseMs"));
    if (reply === null || reply === false) return { result: "first" };
    const held = parseEntry(reply);
    if (held?.state === "done") return { result: "duplicate", ...digestOf(held) };
    if (held?.state === "claimed") return { result: "in-progress", ...digestOf(held) };
    throw new NotificationStoreError("invalid-claim", "claim", `Redis key ${this.key(id)} holds a value this store did not write`, { id });
  }

  /** `PEXPIRE key leaseMs` if `owner` still holds the claim. See `NotificationStore.renew`. */
  async renew(id: string, owner: string, leaseMs: number): Promise<boolean> {
    return (await this.#run(id, "renew", owner, wholeMs(leaseMs, "leaseMs"))) === 1;
  }

  /** The done mark with the claim's digest, `PX retentionMs`, if `owner` still holds the claim. See `NotificationStore.markDone`. */
  async markDone(id: string, owner: string): Promise<boolean> {
    return (await this.#run(id, "done", owner, this.#retentionMs)) === 1;
  }

  /** `DEL key` if `owner` still holds the claim. See `NotificationStore.release`. */
  async release(id: string, owner: string): Promise<boolean> {
    return (await this.#run(id, "release", owner, "1")) === 1;
  }

  async #run(id: string, ...args: string[]): Promise<unknown> {
    const options = { keys: [this.key(id)], arguments: args };
    try {
      return await this.#client.evalSha(await sha1(), options);
    } catch (error) {
      // A server that was restarted (or a cluster node seen for the first time) has an empty script cache.
      if (!String((error as { message?: unknown } | null)?.message).startsWith("NOSCRIPT")) throw error;
      return this.#client.eval(SCRIPT, options);
    }
  }
}

type Entry = { state: "claimed" | "done"; digest?: unknown };

function parseEntry(reply: unknown): Entry | undefined {
  try {
    const text = typeof reply === "string" ? reply : reply instanceof Uint8Array ? utf8Decode(reply) : undefined;
    const value = text === undefined ? undefined : (JSON.parse(text) as Entry | null);
    return value && (value.state === "claimed" || value.state === "done") ? value : undefined;
  } catch {
    return undefined;
  }
}

function digestOf(entry: Entry): { digest?: string } {
  return typeof entry.digest === "string" ? { digest: entry.digest } : {};
}

/** A positive duration as whole milliseconds for PX / PEXPIRE (rounded up). */
function wholeMs(ms: number, what: string): string {
  return String(Math.ceil(checkPositiveMs(ms, what)));
}
