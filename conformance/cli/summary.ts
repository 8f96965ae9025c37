/** `payscore summary`: what the contract covers (operations, notifications, jumps), from the spec index. */
import { SPEC_INDEX, type SpecIndex } from "../../src/spec-index.ts";
import { defineCommand, parseFlags } from "./args.ts";

/** `payscore summary --help`. */
export const SUMMARY_USAGE = `usage: payscore summary

Prints what the contract (the spec index generated from the OpenAPI document) covers: each operation with its method, path,
summary and documented statuses, the notifications, the client-side jumps and the number of schemas.
  -h, --help    this text (exit 0)`;

/** What the contract covers, from the spec index: operations, notifications, jumps. */
export function summary(index: SpecIndex): string {
  const lines = [`${index.info.title} (spec ${index.info.version})`, "", "Operations:"];
  for (const op of index.operations) {
    const statuses = Object.keys(op.responses).join(" ");
    lines.push(`  ${op.method.padEnd(4)} ${op.template}`, `       ${op.operationId} — ${op.summary} [${statuses}]`);
  }
  lines.push("", "Notifications (webhooks):");
  for (const hook of index.webhooks) lines.push(`  ${hook.eventType} — ${hook.summary}`);
  lines.push("", `Client-side jumps: ${index.jumps.map((jump) => jump.name).join(", ")}`);
  lines.push(`Component schemas: ${index.componentSchemas.length}`);
  return lines.join("\n");
}

/** `payscore summary`; resolves to 0. */
export const summaryCommand = defineCommand({
  name: "summary",
  usage: SUMMARY_USAGE,
  run(argv, io) {
    parseFlags({ args: argv, options: { help: { type: "boolean", short: "h" } } });
    io.out(summary(SPEC_INDEX));
    return 0;
  },
});
