/** `payscore summary`: what the contract covers (operations, notifications, jumps), from the bundled spec. */
import bundled from "../../generated/openapi.json" with { type: "json" };
import { defineCommand, parseFlags } from "./args.ts";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

type Doc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string; summary: string; responses: Record<string, unknown> }>>;
  webhooks: Record<string, Record<string, { summary: string }>>;
  components: { schemas: Record<string, unknown> };
  "x-client-jumps": Record<string, unknown>;
};

/** `payscore summary --help`. */
export const SUMMARY_USAGE = `usage: payscore summary

Prints what the contract (the bundled OpenAPI document) covers: each operation with its method, path,
summary and documented statuses, the notifications, the client-side jumps and the number of schemas.
  -h, --help    this text (exit 0)`;


/** The summary text of a bundled OpenAPI document (`generated/openapi.json`). */
export function summary(doc: Doc): string {
  const lines = [`${doc.info.title} (spec ${doc.info.version})`, "", "Operations:"];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const statuses = Object.keys(op.responses).join(" ");
      lines.push(`  ${method.toUpperCase().padEnd(4)} ${path}`, `       ${op.operationId} — ${op.summary} [${statuses}]`);
    }
  }
  lines.push("", "Notifications (webhooks):");
  for (const [event, item] of Object.entries(doc.webhooks)) lines.push(`  ${event} — ${item.post?.summary ?? ""}`);
  lines.push("", `Client-side jumps: ${Object.keys(doc["x-client-jumps"]).join(", ")}`);
  lines.push(`Component schemas: ${Object.keys(doc.components.schemas).length}`);
  return lines.join("\n");
}

/** `payscore summary`; resolves to 0. */
export const summaryCommand = defineCommand({
  name: "summary",
  usage: SUMMARY_USAGE,
  run(argv, io) {
    parseFlags({ args: argv, options: { help: { type: "boolean", short: "h" } } });
    io.out(summary(bundled as unknown as Doc));
    return 0;
  },
});
