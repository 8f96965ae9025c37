// `payscore <command>`: the project's command line — the main job (`start`), the mock platform, the
// conformance runner, the offline capture check, and a summary of what the contract covers.
import bundled from "../../generated/openapi.json" with { type: "json" };
import { startCommand, START_USAGE } from "../main.ts";
import { mockCommand, MOCK_USAGE } from "../mock/cli.ts";
import { conformCommand, CONFORM_USAGE } from "../runner/cli.ts";
import { packageVersion } from "../package-files.ts";
import { validateCommand, VALIDATE_USAGE } from "../validate-cli.ts";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

type Doc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId: string; summary: string; responses: Record<string, unknown> }>>;
  webhooks: Record<string, Record<string, { summary: string }>>;
  components: { schemas: Record<string, unknown> };
  "x-client-jumps": Record<string, unknown>;
};

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

type Command = { run: (args: string[]) => Promise<number> | number; about: string; usage: string };

const commands: Record<string, Command> = {
  start: {
    run: (args) => startCommand(args),
    about: "start the embedded mock and run the whole conformance suite against it (npm start)",
    usage: START_USAGE,
  },
  conform: { run: (args) => conformCommand(args), about: "run the conformance scenarios against a platform", usage: CONFORM_USAGE },
  validate: { run: (args) => validateCommand(args), about: "check a HAR / JSON Lines capture against the spec, offline", usage: VALIDATE_USAGE },
  mock: { run: (args) => mockCommand(args), about: "start the mock platform, or act on a running one (user, faults)", usage: MOCK_USAGE },
  summary: {
    run: () => (console.log(summary(bundled as unknown as Doc)), 0),
    about: "print what the contract covers (operations, notifications, jumps)",
    usage: "usage: payscore summary",
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    "usage: payscore <command> [options]     (payscore <command> --help for its options)",
    "",
    "commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}`),
    `  ${"help".padEnd(width)}  this text, or \`payscore help <command>\``,
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name = "help", ...args] = argv;
  if (name === "--version" || name === "-v" || name === "version") {
    console.log(packageVersion());
    return 0;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = args[0] !== undefined ? commands[args[0]] : undefined;
    console.log(topic ? topic.usage : help());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  return command.run(args);
}

process.exitCode = await main(process.argv.slice(2));
