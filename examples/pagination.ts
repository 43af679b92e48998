/**
 * Pagination: page through sessions by hand (`list` + `getNextPage`), walk every page with
 * `for await` (`iterate`), and walk a session's event log forward (`events.iterate`).
 *
 *   EVERRUNS_API_KEY=evr_pat_... npx tsx examples/pagination.ts
 */
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns();
const title = `Pagination example ${Date.now()}`;

// Five sessions to page through; deleted again at the end.
const created = [];
for (let i = 1; i <= 5; i++)
  created.push(await client.sessions.create({ title: `${title} #${i}` }));

try {
  // One page at a time, two sessions per page.
  let page = await client.sessions.list({ search: title, limit: 2 });
  console.log(`${page.total} sessions match "${title}"`);
  for (let n = 1; ; n++) {
    console.log(`page ${n} (offset ${page.offset}): ${page.data.map((s) => s.title).join(", ")}`);
    if (!page.hasNextPage()) break;
    page = await page.getNextPage();
  }

  // Every page, fetched only as the loop reaches it.
  let count = 0;
  for await (const session of client.sessions.iterate({ search: title, limit: 2 })) {
    count += 1;
    console.log(`iterate: ${session.id} ${session.title}`);
  }
  console.log(`iterate saw ${count} sessions`);

  // A session's event log, forward by sequence number.
  const first = created[0]!;
  await client.sessions.runTurn(first.id, "Hello!");
  const types = [];
  for await (const event of client.events.iterate(first.id, {
    exclude: ["output.message.delta"],
  })) {
    types.push(event.type);
  }
  console.log(`events of ${first.id}: ${types.join(", ")}`);
} finally {
  for (const session of created) await client.sessions.delete(session.id);
  console.log(`deleted ${created.length} sessions`);
}
