// List sessions one page at a time, or walk every page with `for await`.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();

const page = await client.sessions.list({ search: "trip", limit: 20 });
console.log(`${page.data.length} of ${page.total} sessions`);
if (page.hasNextPage()) {
  const next = await page.getNextPage();
  console.log(`next page starts at offset ${next.offset}`);
}

// Every matching session, fetching pages as the loop needs them.
for await (const session of client.sessions.iterate({ search: "trip" })) {
  console.log(session.id, session.title ?? "(untitled)", session.status);
}
