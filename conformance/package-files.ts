/**
 * Files of this package read at run time (its package.json, the mock's test keys), located from the
 * package root so the same code works from the source checkout (`conformance/…` run by tsx) and from
 * the installed package (`dist/conformance/…` run by Node).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The `name` in this package's package.json: the directory holding it is the package root. */
const PACKAGE_NAME = "payscore-acquiringbank";

let root: string | undefined;

/**
 * The package root: the nearest directory above this module whose package.json is this package's.
 * Throws `Error` when there is none (a copy of the files outside their package).
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === PACKAGE_NAME) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json named ${PACKAGE_NAME} above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Absolute path of `relativePath` (forward slashes, e.g. `test/fixtures/merchant-key.pem`) inside the package. */
export function packageFile(relativePath: string): string {
  return join(packageRoot(), ...relativePath.split("/"));
}

/** The version in the package's own package.json (what `payscore --version` prints). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string }).version;
}
