/** `astro dev` on a content root, on a free loopback port, with its output collected. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PROJECT } from './paths.ts';
import { copyProject } from './project-copy.ts';

export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The server runs in its own copy of the project, `<workDir>/project`, so no build shares its `.astro/`. */
export async function startDevServer(contentRoot: string, workDir: string): Promise<DevServer> {
  const project = copyProject(path.join(workDir, 'project'));
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: project,
      env: {
        ...withoutVitest(process.env),
        NODE_ENV: 'development',
        ROLEBOOK_CONTENT: contentRoot,
        ROLEBOOK_CACHE_DIR: path.join(project, 'cache'),
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited early:\n${log}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Vitest's own variables (VITEST, NODE_ENV=test, …) would make the child Vite think it is under test. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'));
}
