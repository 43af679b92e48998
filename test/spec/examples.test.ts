// Every example in the bundled spec is a fixture somebody relies on (docs, mocks, tests), so each
// one must match its schema. Also pins the spec's coverage: 15 operations, examples everywhere.
import { describe, expect, it } from "vitest";
import bundled from "../../generated/openapi.json" with { type: "json" };
import { createOpenApiValidator, type OpenApiDocument } from "../../src/mocks/openapi-validator.js";

const spec = bundled as unknown as OpenApiDocument;

type Json = Record<string, unknown>;

/** One example and the schema it must satisfy, both as document pointers. */
interface ExampleSite {
  example: string;
  schema: string;
  value: unknown;
}

const SUBSCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SUBSCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SUBSCHEMAS = [
  "items",
  "not",
  "if",
  "then",
  "else",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "contentSchema",
];
/** Keys holding data, not spec structure: never searched for more examples. */
const DATA_KEYS = new Set(["example", "examples", "value", "default", "enum", "const", "schema"]);

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

function read(document: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<unknown>(
      (node, raw) =>
        isObject(node) || Array.isArray(node)
          ? (node as Json)[raw.replace(/~1/g, "/").replace(/~0/g, "~")]
          : undefined,
      document,
    );
}

/** Finds every example in a bundled document: schemas, media types, parameters, headers. */
function collectExamples(document: OpenApiDocument): {
  sites: ExampleSite[];
  referenced: Set<string>;
  problems: string[];
} {
  const sites: ExampleSite[] = [];
  const referenced = new Set<string>();
  const problems: string[] = [];

  const walkSchema = (schema: unknown, pointer: string): void => {
    if (!isObject(schema)) return;
    if ("example" in schema)
      sites.push({ example: `${pointer}/example`, schema: pointer, value: schema.example });
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, i) =>
        sites.push({ example: `${pointer}/examples/${i}`, schema: pointer, value }),
      );
    }
    for (const key of SUBSCHEMA_MAPS) {
      const map = schema[key];
      if (isObject(map))
        for (const [name, sub] of Object.entries(map))
          walkSchema(sub, `${pointer}/${key}/${escape(name)}`);
    }
    for (const key of SUBSCHEMA_LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((sub, i) => walkSchema(sub, `${pointer}/${key}/${i}`));
    }
    for (const key of SUBSCHEMAS) walkSchema(schema[key], `${pointer}/${key}`);
  };

  /** Media types, parameters and headers: objects with a `schema` and `example(s)` beside it. */
  const walkHolders = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walkHolders(item, `${pointer}/${i}`));
    if (!isObject(node)) return;
    if (isObject(node.schema)) {
      const schema = `${pointer}/schema`;
      walkSchema(node.schema, schema);
      if ("example" in node)
        sites.push({ example: `${pointer}/example`, schema, value: node.example });
      if (isObject(node.examples)) {
        for (const [name, entry] of Object.entries(node.examples)) {
          let at = `${pointer}/examples/${escape(name)}`;
          let example = entry;
          if (isObject(entry) && typeof entry.$ref === "string") {
            at = entry.$ref.slice(1);
            referenced.add(at);
            example = read(document, at);
          }
          if (!isObject(example) || !("value" in example)) {
            problems.push(`${at}: an example must have an inline \`value\``);
            continue;
          }
          sites.push({ example: `${at}/value`, schema, value: example.value });
        }
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (DATA_KEYS.has(key)) continue;
      const at = `${pointer}/${escape(key)}`;
      // Component schemas are walked as schemas; component examples via the places using them.
      if (at === "/components/schemas" || at === "/components/examples") continue;
      walkHolders(child, at);
    }
  };

  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    walkSchema(schema, `/components/schemas/${escape(name)}`);
  }
  walkHolders(document, "");
  return { sites, referenced, problems };
}

/** Validates every example; returns one readable line per problem, naming the JSON pointers. */
function exampleProblems(document: OpenApiDocument): string[] {
  const validator = createOpenApiValidator(document);
  const { sites, problems } = collectExamples(document);
  for (const site of sites) {
    for (const error of validator.validateSchema(`#${site.schema}`, site.value)) {
      problems.push(`#${site.example}${error.pointer} ${error.message} (schema #${site.schema})`);
    }
  }
  return problems;
}

const OPERATION_IDS = [
  "createSession",
  "listSessions",
  "getSessionStats",
  "getSession",
  "updateSession",
  "deleteSession",
  "cancelTurn",
  "pinSession",
  "unpinSession",
  "exportSession",
  "createMessage",
  "listMessages",
  "listEvents",
  "streamEvents",
  "submitToolResults",
];
const METHODS = ["get", "put", "post", "delete", "patch", "options", "head", "trace"];

interface Operation {
  id: string;
  pointer: string;
  value: Json;
}

function operations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => isObject(item[m])).map((m) => {
      const value = item[m] as Json;
      return { id: String(value.operationId), pointer: `/paths/${escape(path)}/${m}`, value };
    }),
  );
}

function deref(document: OpenApiDocument, node: unknown): unknown {
  while (isObject(node) && typeof node.$ref === "string") node = read(document, node.$ref.slice(1));
  return node;
}

/** Media types of a request body or response that have no example. */
function mediaWithoutExamples(
  document: OpenApiDocument,
  holder: unknown,
  pointer: string,
): string[] {
  const content = (deref(document, holder) as Json | undefined)?.content;
  if (!isObject(content)) return [];
  return Object.entries(content)
    .filter(([, media]) => {
      const m = media as Json;
      return !("example" in m) && !(isObject(m.examples) && Object.keys(m.examples).length > 0);
    })
    .map(([type]) => `${pointer}/content/${escape(type)}`);
}

describe("examples in the bundled spec", () => {
  it("finds examples in schemas, media types, parameters and headers", () => {
    const { sites } = collectExamples(spec);
    const kinds = (prefix: string) => sites.filter((s) => s.example.startsWith(prefix)).length;
    expect(kinds("/components/schemas/")).toBeGreaterThan(20);
    expect(kinds("/components/examples/")).toBeGreaterThan(10);
    expect(kinds("/components/parameters/")).toBeGreaterThan(5);
    expect(kinds("/components/headers/")).toBeGreaterThan(0);
  });

  it("every example matches its schema", () => {
    expect(exampleProblems(spec)).toEqual([]);
  });

  it("every component example is used, so none escapes validation", () => {
    const { referenced } = collectExamples(spec);
    const unused = Object.keys(spec.components?.examples ?? {})
      .map((name) => `/components/examples/${escape(name)}`)
      .filter((pointer) => !referenced.has(pointer));
    expect(unused).toEqual([]);
  });

  it("a wrong example fails with its JSON pointer", () => {
    const broken = structuredClone(spec);
    const { sites } = collectExamples(broken);
    const schemaSite = sites.find((s) => s.example === "/components/schemas/Session/example");
    const componentSite = sites.find((s) => s.example.startsWith("/components/examples/"));
    expect(schemaSite && componentSite).toBeTruthy();
    (read(broken, "/components/schemas/Session/example") as Json).status = "bogus";
    const componentExample = read(broken, componentSite!.example.replace(/\/value$/, "")) as Json;
    componentExample.value = 42;

    const problems = exampleProblems(broken);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^#\/components\/schemas\/Session\/example\/status must be equal to one of/,
      ),
    );
    expect(problems).toContainEqual(expect.stringContaining(`#${componentSite!.example} must be`));
  });
});

describe("spec coverage", () => {
  const ops = operations(spec);

  it("has exactly the 15 operations of the Sessions API", () => {
    expect(ops.map((o) => o.id).sort()).toEqual([...OPERATION_IDS].sort());
  });

  it("every request body has an example", () => {
    const missing = ops.flatMap((o) =>
      o.value.requestBody
        ? mediaWithoutExamples(spec, o.value.requestBody, `${o.pointer}/requestBody`)
        : [],
    );
    expect(missing).toEqual([]);
  });

  it("every operation documents a success and error responses, each body with an example", () => {
    for (const op of ops) {
      const codes = Object.keys((op.value.responses as Json | undefined) ?? {});
      expect(
        codes.some((c) => c.startsWith("2")),
        `${op.id} success`,
      ).toBe(true);
      expect(
        codes.some((c) => c.startsWith("4")),
        `${op.id} 4xx`,
      ).toBe(true);
    }
    const missing = ops.flatMap((o) =>
      Object.entries((o.value.responses as Json | undefined) ?? {}).flatMap(([code, response]) =>
        mediaWithoutExamples(spec, response, `${o.pointer}/responses/${code}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("every component schema has an example", () => {
    const missing = Object.entries(spec.components?.schemas ?? {})
      .filter(([, s]) => !("example" in (s as Json)) && !Array.isArray((s as Json).examples))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});
