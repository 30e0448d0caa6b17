/**
 * The top self-time functions of a V8 `.cpuprofile` (from `node --cpu-prof`), and the same
 * grouped by file, so a slow build names its hot spots.
 *
 *   node tests/bench/profile.ts <file.cpuprofile> [count]
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT } from '../helpers/paths.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
}

/**
 * Self time per function and per file, in milliseconds, biggest first; and the inclusive time of
 * the project's own functions (src/, and the page chunks Astro bundles from it), which shows
 * what a page spends in the KPI engine even when the time itself is in many small callees.
 */
export function selfTimes(file: string): { total: number; functions: SelfTime[]; files: SelfTime[]; ours: SelfTime[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byNode = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const parent = new Map<number, ProfileNode>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const ours = new Map<string, SelfTime>();
  for (const [id, ms] of byNode) {
    // Each sample counts once for every distinct function of ours on its stack.
    const seen = new Set<string>();
    for (let node = nodes.get(id); node; node = parent.get(node.id)) {
      const where = shorten(node.callFrame.url);
      if (!where.startsWith('src/') && !where.includes('.prerender/chunks/')) continue;
      const name = node.callFrame.functionName || '(anonymous)';
      const key = `${name} ${where}:${node.callFrame.lineNumber + 1}`;
      if (seen.has(key) || name === '(anonymous)') continue;
      seen.add(key);
      const entry = ours.get(key) ?? { name, where: `${where}:${node.callFrame.lineNumber + 1}`, ms: 0 };
      entry.ms += ms;
      ours.set(key, entry);
    }
  }
  const functions = new Map<string, SelfTime>();
  const files = new Map<string, SelfTime>();
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = shorten(url);
    const fn = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    const entry = functions.get(fn) ?? { name: functionName || '(anonymous)', where: `${where}:${lineNumber + 1}`, ms: 0 };
    entry.ms += ms;
    functions.set(fn, entry);
    const group = files.get(where) ?? { name: where, where, ms: 0 };
    group.ms += ms;
    files.set(where, group);
  }
  const sorted = (map: Map<string, SelfTime>) => [...map.values()].sort((a, b) => b.ms - a.ms);
  return { total: (profile.endTime - profile.startTime) / 1000, functions: sorted(functions), files: sorted(files), ours: sorted(ours) };
}

export function printProfile(file: string, count = 25): void {
  const { total, functions, files, ours } = selfTimes(file);
  const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)} %`;
  console.log(`\n${path.relative(process.cwd(), file)}: ${(total / 1000).toFixed(1)} s profiled`);
  console.log(`top ${count} functions by self time:`);
  for (const f of functions.slice(0, count)) console.log(`${(f.ms / 1000).toFixed(2).padStart(7)} s ${pct(f.ms)}  ${f.name}  ${f.where}`);
  console.log(`top ${count} files by self time:`);
  for (const f of files.slice(0, count)) console.log(`${(f.ms / 1000).toFixed(2).padStart(7)} s ${pct(f.ms)}  ${f.where}`);
  console.log(`top ${count} of the project's functions by inclusive time (src/ and the page chunks built from it):`);
  for (const f of ours.slice(0, count)) console.log(`${(f.ms / 1000).toFixed(2).padStart(7)} s ${pct(f.ms)}  ${f.name}  ${f.where}`);
}

/** `node_modules/astro/dist/…`, `src/…` and `.prerender/chunks/…` rather than full file URLs. */
function shorten(url: string): string {
  if (!url) return '(native)';
  const plain = url.replace(/^file:\/\//, '');
  const nm = plain.lastIndexOf('/node_modules/');
  if (nm >= 0) return plain.slice(nm + 1);
  // The bench builds a copy of the project in tests/.output/bench/<name>/.
  const copy = /\/tests\/\.output\/bench\/[^/]+\/((?:src\/|dist\/\.prerender\/).*)$/.exec(plain);
  if (copy) return copy[1]!.replace(/^dist\//, '');
  return plain.startsWith(PROJECT) ? plain.slice(PROJECT.length) : plain;
}

if (import.meta.main) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node tests/bench/profile.ts <file.cpuprofile> [count]');
    process.exit(2);
  }
  printProfile(file, Number(count ?? 25));
}
