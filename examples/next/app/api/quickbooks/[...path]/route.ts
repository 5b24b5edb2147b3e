// /api/quickbooks/*: the qbo-reconnect/server REST contract (its hono app, made with that base path), answered
// from a Next.js route handler.
import { backend } from '../../../backend';

export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  const { qbo } = await backend();
  return qbo.app.fetch(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
