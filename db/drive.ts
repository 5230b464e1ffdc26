/**
 * The drive a path lives on, named the way its user knows it: the drive letter on
 * Windows, the mount point elsewhere ("/", "/home", "/Volumes/USB"). Used to say where
 * space must be freed when a write finds the disk full.
 */
import { statSync } from 'node:fs';
import path from 'node:path';

export function driveOf(target: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.win32.parse(path.win32.resolve(target)).root;
  let current = path.resolve(target);
  let device: number;
  try {
    device = statSync(current).dev;
  } catch {
    return current;
  }
  // Up the tree while the parent is on the same device: the last one is the mount point.
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return current;
    try {
      if (statSync(parent).dev !== device) return current;
    } catch {
      return current;
    }
    current = parent;
  }
}
