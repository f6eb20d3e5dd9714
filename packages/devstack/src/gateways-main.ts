import { checkUpstreams, startGateways, UpstreamUnavailableError } from './gateways/index.ts';

/**
 * `npm run gateways`: the PlanetScale HTTP and Upstash REST gateways on their usual ports (or the
 * `PSDB_GATEWAY_PORT` / `REDIS_GATEWAY_PORT` ones), until Ctrl-C.
 */
try {
  const report = await checkUpstreams();
  if (!report.mysqlDatabaseExists) {
    console.warn(
      `! database '${report.mysqlDatabase}' does not exist yet; create it with: npm run db:migrate`,
    );
  }
} catch (err) {
  console.error(
    err instanceof UpstreamUnavailableError
      ? err.message
      : `upstream check failed: ${(err as Error).message}`,
  );
  process.exit(1);
}

const gateways = await startGateways();
console.log(`PlanetScale HTTP gateway  ${gateways.psdbUrl}`);
console.log(`Upstash REST gateway      ${gateways.redisUrl}  (token ${gateways.redisToken})`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing gateways`);
  await gateways.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
