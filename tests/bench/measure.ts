/**
 * Running a child process and measuring it: wall time, peak memory and CPU time. Memory is
 * sampled from /proc every 100 ms over the child and everything it spawns (workers of Astro,
 * Pagefind's binary): each process's VmHWM (its own high-water mark, kept by the kernel).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** The largest VmHWM of any process of the tree, in bytes. */
  peakRss: number;
  /** Each process's VmHWM added up: an upper bound for the tree at its busiest. */
  treeRss: number;
  /** User + system CPU seconds of the tree, as last sampled (up to 100 ms short). */
  cpuSeconds: number;
  /** The system part of `cpuSeconds`: mostly page faults and file writes. */
  systemSeconds: number;
  /** Minor page faults of the tree: memory the kernel had to hand out. */
  pageFaults: number;
  processes: number;
  output: string;
  /** Seconds since the start → the tree's total VmRSS in bytes, one sample every 100 ms. */
  timeline: [number, number][];
}

const TICKS = 100; // USER_HZ on Linux

export function runMeasured(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log?: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const hwm = new Map<number, number>();
    const cpu = new Map<number, { user: number; system: number; faults: number }>();
    const timeline: [number, number][] = [];
    const sample = () => {
      if (child.pid === undefined) return;
      let rss = 0;
      for (const pid of tree(child.pid)) {
        const status = read(`/proc/${pid}/status`);
        const kb = status && /^VmHWM:\s+(\d+) kB/m.exec(status);
        if (kb) hwm.set(pid, Math.max(hwm.get(pid) ?? 0, Number(kb[1]) * 1024));
        const now = status && /^VmRSS:\s+(\d+) kB/m.exec(status);
        if (now) rss += Number(now[1]) * 1024;
        const stat = read(`/proc/${pid}/stat`);
        if (stat) {
          // Fields after the command (which may contain spaces): minflt, utime and stime are fields 10, 14 and 15.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          cpu.set(pid, { user: Number(fields[11]) / TICKS, system: Number(fields[12]) / TICKS, faults: Number(fields[7]) });
        }
      }
      timeline.push([(performance.now() - started) / 1000, rss]);
    };
    sample();
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const output = Buffer.concat(chunks).toString('utf8');
      if (options.log) fs.writeFileSync(options.log, output);
      const peaks = [...hwm.values()];
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakRss: Math.max(0, ...peaks),
        treeRss: peaks.reduce((a, b) => a + b, 0),
        cpuSeconds: [...cpu.values()].reduce((sum, c) => sum + c.user + c.system, 0),
        systemSeconds: [...cpu.values()].reduce((sum, c) => sum + c.system, 0),
        pageFaults: [...cpu.values()].reduce((sum, c) => sum + c.faults, 0),
        processes: hwm.size,
        output,
        timeline,
      });
    });
  });
}

/** `pid` and its descendants, from /proc/<pid>/task/<tid>/children. */
function tree(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    all.push(current);
    let tasks: string[];
    try {
      tasks = fs.readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const children = read(`/proc/${current}/task/${tid}/children`);
      if (children) queue.push(...children.trim().split(/\s+/).filter(Boolean).map(Number));
    }
  }
  return all;
}

function read(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
