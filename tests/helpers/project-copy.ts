/**
 * A throwaway copy of the project for one Astro process: `src/`, `public/` and the config files
 * copied, `node_modules` linked. Astro writes its list of content modules and its types to
 * `.astro/` under the project root, whatever the cache folder, so two builds (or a build and a
 * dev server) in one checkout at the same time can bundle each other's content. Each build in the
 * tests and the bench runs in its own copy; copying takes a few milliseconds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT } from './paths.ts';

const COPIED = ['public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Creates `target` (which must not exist) as a copy of the project, with `src` taken from `src`. */
export function copyProject(target: string, src = path.join(PROJECT, 'src')): string {
  if (!fs.existsSync(path.join(src, 'pages'))) throw new Error(`${src} is not a src/ folder (it has no pages/)`);
  if (fs.existsSync(target)) throw new Error(`${target} exists: a project copy is made fresh for each build`);
  fs.mkdirSync(target, { recursive: true });
  fs.cpSync(src, path.join(target, 'src'), { recursive: true });
  for (const entry of COPIED) fs.cpSync(path.join(PROJECT, entry), path.join(target, entry), { recursive: true });
  fs.symlinkSync(path.join(PROJECT, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}
