/**
 * Runtime validation of requests, responses and values against the bundled spec
 * (`generated/openapi.json`), for the mock API, the contract tests and the spec's own example tests.
 *
 * Built on Ajv's JSON Schema 2020-12 dialect (the dialect of OpenAPI 3.1) with ajv-formats.
 * OpenAPI-only keywords (`example`, `discriminator`, `xml`, `externalDocs`, `x-*`) are accepted
 * as annotations. Schemas compile on first use and are cached, so a call per request is cheap.
 * The spec is imported as JSON (no file system), so this module also runs in a browser bundle.
 *
 * Errors are `{ pointer, message }`. `validateSchema` pointers address the value itself (`""` is
 * the root); request and response pointers start with the part at fault: `/path/<name>`,
 * `/query/<name>`, `/headers/<lower-case name>`, `/body/...` or `/status`.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import bundledSpec from "../../generated/openapi.json" with { type: "json" };

/** One problem found by a validation: where (a JSON pointer) and what. */
export interface ValidationError {
  /** JSON pointer of the offending value, e.g. `/body/message/content/0/type` or `/query/limit`. */
  pointer: string;
  /** What is wrong, e.g. `must be integer` or `unknown query parameter`. */
  message: string;
}

/** The parts of an OpenAPI 3.1 document this module reads. */
export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

/** An operation found for a method and path. */
export interface MatchedOperation {
  /** The spec's `operationId`, e.g. `getSession`. */
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The spec path template, e.g. `/v1/sessions/{session_id}`. */
  path: string;
  /** The operation object from the spec (its `$ref`s still unresolved). */
  operation: OperationObject;
  /** Path parameters taken from the URL, percent-decoded. */
  pathParams: Record<string, string>;
}

/** An OpenAPI operation object, loosely typed: fields this module reads plus the rest. */
export interface OperationObject {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Header input accepted everywhere: a `Headers` object or a plain record. */
export type HeaderInput = Headers | Record<string, string | string[] | undefined> | undefined;

/** A request to check against the spec. */
export interface RequestInput {
  method: string;
  /** Absolute URL or a path with query string; any base path before `/v1/...` is skipped. */
  url: URL | string;
  headers?: HeaderInput;
  /** Parsed JSON, or the raw text (parsed here when the media type is JSON). */
  body?: unknown;
}

/** A response to check against the spec. */
export interface ResponseInput {
  operationId: string;
  status: number;
  /** The response `Content-Type`; falls back to the `content-type` entry of `headers`. */
  contentType?: string | null;
  headers?: HeaderInput;
  /** Parsed JSON, or the raw text (parsed here when the media type is JSON or JSON Lines). */
  body?: unknown;
}

/** Validation against one OpenAPI document. */
export interface OpenApiValidator {
  /** Validates `value` against a schema: a component name (`Session`) or a `#/...` pointer. */
  validateSchema(refOrName: string, value: unknown): ValidationError[];
  /** Finds the operation for `method` and a path after the base URL (`/v1/sessions/...`). */
  matchOperation(method: string, pathname: string): MatchedOperation | undefined;
  /** Checks path and query parameters, header parameters and the JSON body of a request. */
  validateRequest(request: RequestInput): ValidationError[];
  /** Checks only the JSON body of an operation's request, for a caller that already routed it. */
  validateRequestBody(operationId: string, body: unknown): ValidationError[];
  /** Checks that a response's status, headers and body are documented for the operation. */
  validateResponse(response: ResponseInput): ValidationError[];
}

const SPEC_ID = "https://everruns.invalid/openapi.json";
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const OPENAPI_KEYWORDS = ["example", "discriminator", "xml", "externalDocs"];

type Json = Record<string, unknown>;

interface RouteEntry {
  method: string;
  path: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  operation: OperationObject;
  pointer: string;
}

interface ParameterEntry {
  name: string;
  in: string;
  required: boolean;
  schemaPointer: string | undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function pointerOf(...segments: Array<string | number>): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join("");
}

/** `#/a/b` -> a URI fragment Ajv can resolve (each segment percent-encoded). */
function fragmentOf(pointer: string): string {
  return pointer
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

function readPointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** Media types whose bodies are a JSON value. */
function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

function isJsonLinesMediaType(mediaType: string): boolean {
  return ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"].includes(
    mediaType,
  );
}

function essence(contentType: string | null | undefined): string | undefined {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

function normalizeHeaders(headers: HeaderInput): Map<string, string> {
  const map = new Map<string, string>();
  if (!headers) return map;
  if (typeof Headers !== "undefined" && headers instanceof Headers) {
    headers.forEach((value, name) => map.set(name.toLowerCase(), value));
    return map;
  }
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined) continue;
    map.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
  }
  return map;
}

/** Collects `x-*` keys and `format` values used in the document, so Ajv can be told about them. */
function scanDocument(document: unknown): { extensions: Set<string>; formats: Set<string> } {
  const extensions = new Set<string>();
  const formats = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("x-")) extensions.add(key);
      if (key === "format" && typeof value === "string") formats.add(value);
      visit(value);
    }
  };
  visit(document);
  return { extensions, formats };
}

function createAjv(document: OpenApiDocument, coerceTypes: false | "array"): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // `parentSchema` on each error lets oneOf noise be traced to its branch.
    verbose: true,
    coerceTypes,
    strict: true,
    // Union types (`["string", "null"]`) are ordinary in OpenAPI 3.1.
    allowUnionTypes: true,
    // Examples and defaults are documentation here, not validation input.
    useDefaults: false,
    validateSchema: false,
  });
  addFormats(ajv);
  const { extensions, formats } = scanDocument(document);
  // Refs point into the whole document, so Ajv compiles its root too: its top-level fields
  // (`openapi`, `paths`, `components`...) become annotations.
  for (const keyword of [...OPENAPI_KEYWORDS, ...extensions, ...Object.keys(document)]) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword({ keyword });
  }
  // A format Ajv does not know is an annotation in 2020-12: accept any value.
  for (const format of formats) {
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  }
  ajv.addSchema(document as object, SPEC_ID);
  return ajv;
}

/** Ajv reports a missing or extra property at its parent; point at the property itself. */
function toValidationError(error: ErrorObject, prefix: string): ValidationError {
  let pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required" && typeof params.missingProperty === "string") {
    pointer += pointerOf(params.missingProperty);
  } else if (
    (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") &&
    typeof (params.additionalProperty ?? params.unevaluatedProperty) === "string"
  ) {
    pointer += pointerOf(String(params.additionalProperty ?? params.unevaluatedProperty));
  }
  let message = error.message ?? `fails ${error.keyword}`;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    message += `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (error.keyword === "const") {
    message += ` ${JSON.stringify(params.allowedValue)}`;
  }
  return { pointer: prefix + pointer, message };
}

/** Every schema object a schema can reach, following `$ref`s (Ajv reports errors on these). */
function reachableSchemas(
  document: unknown,
  schema: unknown,
  into = new Set<object>(),
): Set<object> {
  if (!isObject(schema) && !Array.isArray(schema)) return into;
  if (into.has(schema)) return into;
  into.add(schema);
  if (isObject(schema) && typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
    reachableSchemas(
      document,
      readPointer(document, decodeURIComponent(schema.$ref.slice(1))),
      into,
    );
  }
  for (const child of Object.values(schema)) reachableSchemas(document, child, into);
  return into;
}

function isUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

/**
 * With `allErrors`, a failed `oneOf`/`anyOf` reports the errors of every branch. Keep only the
 * branch that came closest, so a wrong event reads as the one or two problems that matter.
 * An error belongs to a branch when its schema (Ajv's `verbose` `parentSchema`) is reachable
 * only from that branch. "Closest" is the branch whose tag matched (no `const`/`enum`/`not`
 * failure one level down, on `type`), then the one with the fewest errors.
 */
function pruneBranchErrors(
  document: unknown,
  errors: ErrorObject[],
  reachCache: WeakMap<object, Set<object>>,
): ErrorObject[] {
  let kept = errors;
  for (const combinator of errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf")) {
    const branches: unknown = combinator.schema;
    if (!Array.isArray(branches)) continue;
    const reach = branches.map((branch: unknown) => {
      if (!isObject(branch)) return new Set<object>();
      let set = reachCache.get(branch);
      if (!set) reachCache.set(branch, (set = reachableSchemas(document, branch)));
      return set;
    });
    const owned = new Map<ErrorObject, number>();
    for (const error of kept) {
      if (error === combinator || !isUnder(error.instancePath, combinator.instancePath)) continue;
      const owners = reach.flatMap((set, i) =>
        error.parentSchema && set.has(error.parentSchema) ? [i] : [],
      );
      // Errors reachable from several branches (a shared base schema) are kept either way.
      if (owners.length === 1) owned.set(error, owners[0] ?? 0);
    }
    const depth = combinator.instancePath.split("/").length + 1;
    const score = (branch: number): [number, number] => {
      const own = [...owned].filter(([, b]) => b === branch).map(([e]) => e);
      const tagMismatch = own.some(
        (e) =>
          ["const", "enum", "not"].includes(e.keyword) &&
          e.instancePath.split("/").length === depth,
      );
      return [tagMismatch ? 1 : 0, own.length];
    };
    const best = branches
      .map((_, i) => ({ i, score: score(i) }))
      .sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || a.i - b.i)[0]?.i;
    kept = kept.filter((e) => !owned.has(e) || owned.get(e) === best);
  }
  return kept;
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.pointer}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Builds a validator for any OpenAPI 3.1 document (the bundled spec is the usual one). */
export function createOpenApiValidator(document: OpenApiDocument): OpenApiValidator {
  let strictAjv: Ajv2020 | undefined;
  let coercingAjv: Ajv2020 | undefined;
  const compiled = new Map<string, ValidateFunction>();
  const reachCache = new WeakMap<object, Set<object>>();
  let routes: RouteEntry[] | undefined;
  let operationsById: Map<string, RouteEntry> | undefined;

  /** Follows `$ref` chains between spec objects (parameters, responses, request bodies). */
  function deref(pointer: string): { pointer: string; value: unknown } {
    const seen = new Set<string>();
    let value = readPointer(document, pointer);
    while (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#")) {
      if (seen.has(pointer)) throw new Error(`circular $ref at #${pointer}`);
      seen.add(pointer);
      pointer = decodeURIComponent(value.$ref.slice(1));
      value = readPointer(document, pointer);
    }
    return { pointer, value };
  }

  function validatorFor(pointer: string, coerce: boolean): ValidateFunction {
    const key = `${coerce ? "coerce" : "strict"}:${pointer}`;
    let validate = compiled.get(key);
    if (!validate) {
      if (readPointer(document, pointer) === undefined) {
        throw new Error(`no schema at #${pointer} in the spec`);
      }
      const ajv = coerce
        ? (coercingAjv ??= createAjv(document, "array"))
        : (strictAjv ??= createAjv(document, false));
      validate = ajv.compile({ $ref: `${SPEC_ID}#${fragmentOf(pointer)}` });
      compiled.set(key, validate);
    }
    return validate;
  }

  function check(
    pointer: string,
    value: unknown,
    prefix: string,
    coerce = false,
  ): ValidationError[] {
    const validate = validatorFor(pointer, coerce);
    if (validate(value)) return [];
    return dedupe(
      pruneBranchErrors(document, validate.errors ?? [], reachCache).map((e) =>
        toValidationError(e, prefix),
      ),
    );
  }

  function buildRoutes(): RouteEntry[] {
    const entries: RouteEntry[] = [];
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      const paramNames: string[] = [];
      const source = path
        .split("/")
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
            if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
            paramNames.push(name);
            return "([^/]+)";
          }),
        )
        .join("/");
      const literalSegments = path.split("/").filter((s) => s && !s.includes("{")).length;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        entries.push({
          method: method.toUpperCase(),
          path,
          pattern: new RegExp(`^${source}$`),
          paramNames,
          literalSegments,
          operation: operation as OperationObject,
          pointer: pointerOf("paths", path, method),
        });
      }
    }
    // `/v1/sessions/stats` must win over `/v1/sessions/{session_id}`.
    return entries.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  function allRoutes(): RouteEntry[] {
    return (routes ??= buildRoutes());
  }

  function routeById(operationId: string): RouteEntry | undefined {
    operationsById ??= new Map(allRoutes().map((r) => [String(r.operation.operationId), r]));
    return operationsById.get(operationId);
  }

  function matchRoute(
    method: string,
    pathname: string,
  ): { route: RouteEntry; pathParams: Record<string, string> } | undefined {
    const upper = method.toUpperCase();
    for (const route of allRoutes()) {
      if (route.method !== upper) continue;
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const pathParams: Record<string, string> = {};
      route.paramNames.forEach((name, i) => {
        const raw = match[i + 1] ?? "";
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          // A malformed escape stays as sent; the parameter's schema decides.
          pathParams[name] = raw;
        }
      });
      return { route, pathParams };
    }
    return undefined;
  }

  function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
    const found = matchRoute(method, pathname);
    if (!found) return undefined;
    const { route, pathParams } = found;
    return {
      operationId: String(route.operation.operationId ?? ""),
      method: route.method,
      path: route.path,
      operation: route.operation,
      pathParams,
    };
  }

  /** Path-level parameters apply too, unless the operation overrides them by name and location. */
  function parametersOf(route: RouteEntry): ParameterEntry[] {
    const pathItemPointer = pointerOf("paths", route.path);
    const collect = (ownerPointer: string): ParameterEntry[] => {
      const list = readPointer(document, `${ownerPointer}/parameters`);
      if (!Array.isArray(list)) return [];
      return list.map((_, i) => {
        const { pointer, value } = deref(`${ownerPointer}/parameters/${i}`);
        const parameter = isObject(value) ? value : {};
        return {
          name: String(parameter.name),
          in: String(parameter.in),
          required: parameter.required === true,
          schemaPointer: isObject(parameter.schema) ? `${pointer}/schema` : undefined,
        };
      });
    };
    const own = collect(route.pointer);
    const inherited = collect(pathItemPointer).filter(
      (p) => !own.some((o) => o.name === p.name && o.in === p.in),
    );
    return [...inherited, ...own];
  }

  function splitPath(url: URL | string): URL {
    return typeof url === "string" ? new URL(url, "http://localhost") : url;
  }

  /** Tries the full path, then drops leading segments, so any base path before `/v1` works. */
  function matchUrl(method: string, pathname: string): ReturnType<typeof matchRoute> {
    const segments = pathname.split("/");
    for (let skip = 1; skip < segments.length; skip++) {
      const candidate = `/${segments.slice(skip).join("/")}`;
      const match = matchRoute(method, candidate);
      if (match) return match;
    }
    return undefined;
  }

  function validateBody(mediaPointer: string, mediaType: string, body: unknown): ValidationError[] {
    const schemaPointer = `${mediaPointer}/schema`;
    if (!isObject(readPointer(document, schemaPointer))) return [];
    // JSON Lines: the schema describes the whole text; `x-itemSchema` (OpenAPI 3.2's `itemSchema`) each line.
    const itemPointer = `${schemaPointer}/x-itemSchema`;
    if (
      isJsonLinesMediaType(mediaType) &&
      typeof body === "string" &&
      isObject(readPointer(document, itemPointer))
    ) {
      const lines = body.split("\n").filter((line) => line.trim() !== "");
      return lines.flatMap((line, i) => {
        try {
          return check(itemPointer, JSON.parse(line), `/body/${i}`);
        } catch {
          return [{ pointer: `/body/${i}`, message: "line is not valid JSON" }];
        }
      });
    }
    if (isJsonMediaType(mediaType) && typeof body === "string") {
      try {
        body = JSON.parse(body);
      } catch {
        return [{ pointer: "/body", message: "body is not valid JSON" }];
      }
    }
    return check(schemaPointer, body, "/body");
  }

  function findMediaType(
    contentPointer: string,
    mediaType: string | undefined,
  ): { pointer: string; mediaType: string } | undefined {
    const content = readPointer(document, contentPointer);
    if (!isObject(content)) return undefined;
    const keys = Object.keys(content);
    const exact = mediaType ? keys.find((k) => k.toLowerCase() === mediaType) : undefined;
    const wildcard = keys.find((k) => k === "*/*");
    const key = exact ?? wildcard;
    if (key === undefined) return undefined;
    return { pointer: `${contentPointer}/${escapeSegment(key)}`, mediaType: mediaType ?? key };
  }

  function validateRequest(request: RequestInput): ValidationError[] {
    const url = splitPath(request.url);
    const matched = matchUrl(request.method, url.pathname);
    if (!matched) {
      return [
        {
          pointer: "/path",
          message: `no operation for ${request.method.toUpperCase()} ${url.pathname}`,
        },
      ];
    }
    const { route, pathParams } = matched;
    const errors: ValidationError[] = [];
    const headers = normalizeHeaders(request.headers);
    const parameters = parametersOf(route);

    for (const parameter of parameters) {
      const where = parameter.in === "header" ? "headers" : parameter.in;
      const pointer = pointerOf(
        where,
        parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name,
      );
      let value: unknown;
      if (parameter.in === "path") value = pathParams[parameter.name];
      else if (parameter.in === "query") {
        const all = url.searchParams.getAll(parameter.name);
        value = all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
      } else if (parameter.in === "header") value = headers.get(parameter.name.toLowerCase());
      else continue; // cookies are not used by this API
      if (value === undefined) {
        if (parameter.required) errors.push({ pointer, message: "is required" });
        continue;
      }
      if (parameter.schemaPointer) {
        errors.push(...check(parameter.schemaPointer, value, pointer, true));
      }
    }

    const known = new Set(parameters.filter((p) => p.in === "query").map((p) => p.name));
    for (const name of new Set(url.searchParams.keys())) {
      if (!known.has(name)) {
        errors.push({ pointer: pointerOf("query", name), message: "unknown query parameter" });
      }
    }

    errors.push(...validateRequestBody(route, headers, request.body));
    return errors;
  }

  function validateRequestBody(
    route: RouteEntry,
    headers: Map<string, string>,
    body: unknown,
  ): ValidationError[] {
    const hasBody = body !== undefined && body !== null && body !== "";
    const { pointer, value } = deref(`${route.pointer}/requestBody`);
    if (!isObject(value)) {
      return hasBody ? [{ pointer: "/body", message: "this operation takes no request body" }] : [];
    }
    if (!hasBody) {
      return value.required === true ? [{ pointer: "/body", message: "is required" }] : [];
    }
    // A JSON API: an unlabelled body is read as JSON.
    const mediaType = essence(headers.get("content-type")) ?? "application/json";
    const media = findMediaType(`${pointer}/content`, mediaType);
    if (!media) {
      return [{ pointer: "/headers/content-type", message: `unsupported media type ${mediaType}` }];
    }
    return validateBody(media.pointer, media.mediaType, body);
  }

  function validateOperationBody(operationId: string, body: unknown): ValidationError[] {
    const route = routeById(operationId);
    if (!route) return [{ pointer: "", message: `unknown operationId ${operationId}` }];
    return validateRequestBody(route, new Map([["content-type", "application/json"]]), body);
  }

  function responsePointer(route: RouteEntry, status: number): string | undefined {
    const responses = route.operation.responses ?? {};
    const range = `${String(status)[0]}XX`;
    const key = [String(status), range, range.toLowerCase(), "default"].find(
      (k) => responses[k] !== undefined,
    );
    return key === undefined ? undefined : `${route.pointer}/responses/${escapeSegment(key)}`;
  }

  function validateResponse(response: ResponseInput): ValidationError[] {
    const route = routeById(response.operationId);
    if (!route) {
      return [{ pointer: "", message: `unknown operationId ${response.operationId}` }];
    }
    const found = responsePointer(route, response.status);
    if (!found) {
      return [
        {
          pointer: "/status",
          message: `status ${response.status} is not documented for ${response.operationId}`,
        },
      ];
    }
    const { pointer, value } = deref(found);
    const definition = isObject(value) ? value : {};
    const headers = normalizeHeaders(response.headers);
    const errors = validateResponseHeaders(pointer, definition, headers);

    const hasBody = response.body !== undefined && response.body !== null && response.body !== "";
    if (!isObject(definition.content)) {
      if (hasBody) errors.push({ pointer: "/body", message: "no body is documented" });
      return errors;
    }
    const mediaType = essence(response.contentType ?? headers.get("content-type"));
    const media = findMediaType(`${pointer}/content`, mediaType);
    if (!media) {
      errors.push({
        pointer: "/headers/content-type",
        message: `media type ${mediaType ?? "(none)"} is not documented for status ${response.status}`,
      });
      return errors;
    }
    if (hasBody) errors.push(...validateBody(media.pointer, media.mediaType, response.body));
    return errors;
  }

  function validateResponseHeaders(
    responsePointerValue: string,
    definition: Json,
    headers: Map<string, string>,
  ): ValidationError[] {
    if (!isObject(definition.headers)) return [];
    const errors: ValidationError[] = [];
    for (const name of Object.keys(definition.headers)) {
      // OpenAPI: a response header named Content-Type is ignored; `content` describes it.
      if (name.toLowerCase() === "content-type") continue;
      const { pointer, value } = deref(`${responsePointerValue}/headers/${escapeSegment(name)}`);
      const header = isObject(value) ? value : {};
      const pointerInResponse = pointerOf("headers", name.toLowerCase());
      const actual = headers.get(name.toLowerCase());
      if (actual === undefined) {
        if (header.required === true) {
          errors.push({ pointer: pointerInResponse, message: "is required" });
        }
        continue;
      }
      if (isObject(header.schema)) {
        errors.push(...check(`${pointer}/schema`, actual, pointerInResponse, true));
      }
    }
    return errors;
  }

  function validateSchema(refOrName: string, value: unknown): ValidationError[] {
    const pointer = refOrName.startsWith("#")
      ? decodeURIComponent(refOrName.slice(1))
      : pointerOf("components", "schemas", refOrName);
    return check(pointer, value, "");
  }

  return {
    validateSchema,
    matchOperation,
    validateRequest,
    validateRequestBody: validateOperationBody,
    validateResponse,
  };
}

let defaultValidator: OpenApiValidator | undefined;

/** The validator over the bundled Everruns Sessions API spec, created on first use. */
export function specValidator(): OpenApiValidator {
  return (defaultValidator ??= createOpenApiValidator(bundledSpec as unknown as OpenApiDocument));
}

/**
 * Validates a value against a schema of the bundled spec.
 *
 * @example
 * validateSchema("Session", session); // [] when valid
 * validateSchema("#/components/schemas/SessionStatus", "idle");
 */
export function validateSchema(refOrName: string, value: unknown): ValidationError[] {
  return specValidator().validateSchema(refOrName, value);
}

/**
 * Finds the bundled spec's operation for a method and a path after the base URL.
 *
 * @example
 * matchOperation("GET", "/v1/sessions/session_0193...")?.operationId; // "getSession"
 */
export function matchOperation(method: string, pathname: string): MatchedOperation | undefined {
  return specValidator().matchOperation(method, pathname);
}

/** Validates a request (path and query parameters, header parameters, JSON body) against the bundled spec. */
export function validateRequest(request: RequestInput): ValidationError[] {
  return specValidator().validateRequest(request);
}

/** Validates the JSON body of a request to an operation against the bundled spec. */
export function validateRequestBody(operationId: string, body: unknown): ValidationError[] {
  return specValidator().validateRequestBody(operationId, body);
}

/** Validates a response (documented status, headers and body) against the bundled spec. */
export function validateResponse(response: ResponseInput): ValidationError[] {
  return specValidator().validateResponse(response);
}
