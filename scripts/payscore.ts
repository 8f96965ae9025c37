// `payscore <command>`: the project's command line. Commands arrive as the mock platform and the
// conformance runner land; `summary` prints what the contract covers.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

type Doc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string; summary: string; responses: Record<string, unknown> }>>;
  webhooks: Record<string, Record<string, { summary: string }>>;
  components: { schemas: Record<string, unknown> };
  "x-client-jumps": Record<string, unknown>;
};

function loadBundledSpec(): Doc {
  const file = fileURLToPath(new URL("../generated/openapi.json", import.meta.url));
  return JSON.parse(readFileSync(file, "utf8")) as Doc;
}

function summary(doc: Doc): string {
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

const commands: Record<string, (args: string[]) => void> = {
  summary: () => console.log(summary(loadBundledSpec())),
};

const [name = "summary", ...args] = process.argv.slice(2);
const command = commands[name];
if (!command) {
  console.error(`unknown command "${name}"; commands: ${Object.keys(commands).join(", ")}`);
  process.exit(2);
}
command(args);
