// Create a session whose agent can call a tool that runs in your code.
import { Everruns } from "@everruns/sessions-sdk";

const client = new Everruns(); // reads EVERRUNS_API_KEY (and EVERRUNS_API_URL, EVERRUNS_ORG_ID)

const session = await client.sessions.create({
  title: "Trip planning",
  locale: "en-US",
  tags: ["travel"],
  tools: [
    {
      type: "client_side",
      name: "get_weather",
      description: "Look up the weather forecast for a city on a date.",
      parameters: {
        type: "object",
        properties: { city: { type: "string" }, date: { type: "string", format: "date" } },
        required: ["city", "date"],
      },
    },
  ],
});

console.log(session.id, session.status); // session_... started
