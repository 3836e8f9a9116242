// Generates TypeScript types for each service from the OpenAPI document the service's build wrote
// (<service>/target/openapi/openapi.json, the same document it serves at /q/openapi).
import openapiTS, { astToString } from "openapi-typescript";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { pathToFileURL, fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const services = ["project-service", "asset-service", "funding-service", "evaluation-service"];
mkdirSync(join(here, "generated"), { recursive: true });
for (const service of services) {
  const doc = join(here, "..", "..", service, "target", "openapi", "openapi.json");
  if (!existsSync(doc)) {
    console.error(`${doc} is missing: build ${service} first (./mvnw -pl clients/typescript -am verify)`);
    process.exit(1);
  }
  const ast = await openapiTS(pathToFileURL(doc));
  writeFileSync(join(here, "generated", `${service}.ts`), astToString(ast));
  console.log(`generated/${service}.ts from ${service}'s OpenAPI document`);
}
