import { describe, expect, it } from "vitest";
import { checkRequest, checkResponse, type Recorded } from "../support/contract.js";
import { API_KEY, BASE, example, SESSION_ID } from "../support/msw.js";

// The contract check itself must catch what it is there to catch.
async function requestViolations(request: Request): Promise<string[]> {
  const violations: string[] = [];
  await checkRequest(request, [] as Recorded[], violations);
  return violations;
}

async function responseViolations(request: Request, response: Response): Promise<string[]> {
  const violations: string[] = [];
  await checkResponse(request, response, violations);
  return violations;
}

const headers = { authorization: API_KEY, "content-type": "application/json" };

describe("the contract check", () => {
  it("passes a request and a response the spec allows", async () => {
    const request = new Request(`${BASE}/v1/sessions/${SESSION_ID}`, { headers });
    expect(await requestViolations(request)).toEqual([]);
    expect(await responseViolations(request, Response.json(example("SessionIdle")))).toEqual([]);
  });

  it("flags an unknown path, a bad query value, a body field of the wrong type and a Bearer token", async () => {
    expect(await requestViolations(new Request(`${BASE}/v1/nope`, { headers }))).toHaveLength(1);
    expect(
      await requestViolations(new Request(`${BASE}/v1/sessions?limit=1000`, { headers })),
    ).not.toEqual([]);
    const badBody = new Request(`${BASE}/v1/sessions`, {
      method: "POST",
      headers,
      body: JSON.stringify({ title: 5 }),
    });
    expect(await requestViolations(badBody)).not.toEqual([]);
    const bearer = new Request(`${BASE}/v1/sessions/stats`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect((await requestViolations(bearer)).join()).toContain("raw token");
  });

  it("flags a response body the spec does not allow and an undocumented status", async () => {
    const request = new Request(`${BASE}/v1/sessions/${SESSION_ID}`, { headers });
    const { id: _dropped, ...withoutId } = example("SessionIdle");
    expect(await responseViolations(request, Response.json(withoutId))).not.toEqual([]);
    expect(await responseViolations(request, new Response(null, { status: 418 }))).not.toEqual([]);
  });
});
