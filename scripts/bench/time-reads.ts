/**
 * Time each read `runs` times after one warm-up and print `read=<name> contacts=<n> median_ms=… p95_ms=…`
 * (bench:contacts, bench:email).
 */
export async function printReadTimes(reads: [string, () => Promise<unknown>][], contacts: number, runs = 30) {
  for (const [name, read] of reads) {
    await read();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await read();
      times.push(performance.now() - t);
    }
    times.sort((x, y) => x - y);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`read=${name} contacts=${contacts} median_ms=${at(0.5)} p95_ms=${at(0.95)}`);
  }
}
