import { seedDemo } from './seed.ts';

/** `npm run db:seed`: seed the demo tenant through running gateways (see `npm run gateways`). */
const result = await seedDemo({
  databaseUrl: process.env.DATABASE_URL ?? 'http://mewayz:mewayz@127.0.0.1:3900',
  redisUrl: process.env.REDIS_URL ?? 'http://127.0.0.1:8079',
  redisToken: process.env.REDIS_TOKEN ?? 'mewayz-local-token',
}).catch((err: Error) => {
  console.error(`seed failed: ${err.message}`);
  process.exit(1);
});
console.log(`seeded: ${result.summary}`);
